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
GtkWidget *grove_test_find_widget_of_type   (GtkWidget          *widget,
                                             GType               type);
void       grove_test_assert_label_on_screen (GtkWidget         *root,
                                              const char        *text);

G_END_DECLS
