/* grove-round-dialog.h: a new assessment round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_ROUND_DIALOG (grove_round_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GroveRoundDialog, grove_round_dialog, GROVE, ROUND_DIALOG, AdwWindow)

GroveRoundDialog *grove_round_dialog_new         (GtkWindow        *parent,
                                                  GroveStore       *store,
                                                  GError          **error);
void              grove_round_dialog_set_fields  (GroveRoundDialog *self,
                                                  const char       *title,
                                                  const char       *opens,
                                                  const char       *closes);
const char       *grove_round_dialog_get_problem (GroveRoundDialog *self);
gint64            grove_round_dialog_create      (GroveRoundDialog *self);

G_END_DECLS
