/* grove-application-private.h: what the application's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-application.h"

G_BEGIN_DECLS

void _grove_application_reopen                (GroveApplication *self,
                                               const char       *path);

/* grove-application-backup.c: back up, restore, open another file */
void _grove_application_add_backup_actions    (GroveApplication *self);
void _grove_application_update_backup_actions (GroveApplication *self);

G_END_DECLS
