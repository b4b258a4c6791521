/* grove-test-widgets.h: looking at widgets on a real (virtual) display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*GroveTestCondition) (gpointer data);

/* Runs the main loop until @condition holds, or fails the test after ten
 * seconds, naming @what it waited for. */
void       grove_test_wait_for              (GroveTestCondition  condition,
                                             gpointer            data,
                                             const char         *what);
/* Runs the main loop for @ms, to let layout, transitions and drawing settle. */
void       grove_test_settle                (guint               ms);

gboolean   grove_test_widget_is_mapped      (gpointer            widget);
/* Mapped, drawn with some size, and at least partly inside its window. */
gboolean   grove_test_is_on_screen          (GtkWidget          *widget);
/* A label on screen under @widget whose text is @text, or NULL. */
GtkWidget *grove_test_find_label            (GtkWidget          *widget,
                                             const char         *text);
/* The widget under @widget with @name (gtk_widget_set_name), or NULL: the
 * dialogs name their fields for this. */
GtkWidget *grove_test_find_named            (GtkWidget          *widget,
                                             const char         *name);
GtkWidget *grove_test_find_widget_of_type   (GtkWidget          *widget,
                                             GType               type);
void       grove_test_assert_label_on_screen (GtkWidget         *root,
                                              const char        *text);

GtkWidget *grove_test_find_button           (GtkWidget          *widget,
                                             const char         *action);
gboolean   grove_test_button_is_sensitive   (GtkWidget          *widget,
                                             const char         *action);

/* A mapped window of @type, waited for. */
GtkWidget *grove_test_wait_for_window       (GType               type);
gboolean   grove_test_window_is_gone        (gpointer            type);
void       grove_test_close_window          (GtkWidget          *window);

gboolean   grove_test_press_key             (GtkWidget          *window,
                                             guint               keyval,
                                             GdkModifierType     state);
gboolean   grove_test_focus_is_in           (GtkWidget          *window,
                                             GtkWidget          *widget);

G_END_DECLS
