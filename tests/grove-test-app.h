/* grove-test-app.h: running window tests inside the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "grove-application.h"

G_BEGIN_DECLS

/* The tests run inside the application, as a user starts it, on the demo
 * database in a private folder that also holds the settings, data and
 * caches of the run. */
typedef struct {
  char             *dir;
  char             *db_path;
  GroveApplication *application;
} GroveTestApp;

/* Makes the folder (named after @name), points XDG_DATA_HOME,
 * XDG_CONFIG_HOME and XDG_CACHE_HOME into it, writes the demo database
 * and makes the application; the tests are added after. */
void       grove_test_app_init        (GroveTestApp *app,
                                       const char   *name);
/* Starts the application on the database and runs the tests once it is
 * active, after its window is mapped when @wait_for_window; then removes
 * the folder. Returns what main() returns. */
int        grove_test_app_run         (GroveTestApp *app,
                                       const char   *argv0,
                                       gboolean      wait_for_window);
GtkWidget *grove_test_app_main_window (GroveTestApp *app);

G_END_DECLS
