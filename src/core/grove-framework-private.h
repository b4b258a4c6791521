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

G_END_DECLS
