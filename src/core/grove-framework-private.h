/* grove-framework-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-framework.h"

G_BEGIN_DECLS

/* Puts the built-in framework into a new database, inside the caller's
 * transaction. */
gboolean _grove_framework_install_builtin (GroveStore  *store,
                                           GError     **error);

G_END_DECLS

G_BEGIN_DECLS

GroveFramework          *_grove_framework_new           (void);
GroveFrameworkCondition *_grove_framework_condition_new (void);

/* Translations (grove-framework-text.c). Adding returns FALSE when @path
 * already has a text in @language. */
gboolean _grove_framework_add_translation       (GroveFramework  *framework,
                                                 const char      *language,
                                                 const char      *path,
                                                 const char      *text);
gboolean _grove_framework_insert_translations   (GroveStore      *store,
                                                 GroveFramework  *framework,
                                                 GError         **error);
gboolean _grove_framework_load_translations     (GroveStore      *store,
                                                 GroveFramework  *framework,
                                                 GError         **error);
/* Gives the stored built-in framework the translations it ships with,
 * inside the caller's transaction. */
gboolean _grove_framework_install_builtin_translations (GroveStore  *store,
                                                        GError     **error);

G_END_DECLS
