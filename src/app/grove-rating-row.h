/* grove-rating-row.h: one statement of a rating form, with its scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-framework.h"

G_BEGIN_DECLS

#define GROVE_TYPE_RATING_ROW (grove_rating_row_get_type ())
G_DECLARE_FINAL_TYPE (GroveRatingRow, grove_rating_row, GROVE, RATING_ROW, AdwPreferencesRow)

GtkWidget  *grove_rating_row_new              (const GroveFramework          *framework,
                                               const GroveFrameworkStatement *statement,
                                               const char                    *number);
gint64      grove_rating_row_get_statement_id (GroveRatingRow *self);
const char *grove_rating_row_get_number       (GroveRatingRow *self);
gboolean    grove_rating_row_get_answered     (GroveRatingRow *self);
int         grove_rating_row_get_score        (GroveRatingRow *self);
gboolean    grove_rating_row_set_score        (GroveRatingRow *self,
                                               int             score);
char       *grove_rating_row_dup_evidence     (GroveRatingRow *self);
void        grove_rating_row_set_evidence     (GroveRatingRow *self,
                                               const char     *evidence);
void        grove_rating_row_set_missing      (GroveRatingRow *self,
                                               gboolean        missing);
void        grove_rating_row_clear            (GroveRatingRow *self);
gboolean    grove_rating_row_focus_scale      (GroveRatingRow *self);

G_END_DECLS
