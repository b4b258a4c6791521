/* grove-rating-form.h: one respondent's answers for one team in one round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-assessment.h"
#include "grove-rating-row.h"

G_BEGIN_DECLS

#define GROVE_TYPE_RATING_FORM (grove_rating_form_get_type ())
G_DECLARE_FINAL_TYPE (GroveRatingForm, grove_rating_form, GROVE, RATING_FORM, AdwWindow)

GroveRatingForm *grove_rating_form_new         (GtkWindow        *parent,
                                                GroveStore       *store,
                                                const GroveRound *round,
                                                gint64            unit_id,
                                                const char       *unit_name,
                                                GError          **error);
guint            grove_rating_form_get_n_rows  (GroveRatingForm  *self);
GroveRatingRow  *grove_rating_form_get_row     (GroveRatingForm  *self,
                                                guint             index);
const char      *grove_rating_form_get_problem (GroveRatingForm  *self);
gboolean         grove_rating_form_submit      (GroveRatingForm  *self);

G_END_DECLS
