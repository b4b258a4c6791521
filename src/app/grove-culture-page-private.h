/* grove-culture-page-private.h: shared between the page and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-assessment.h"
#include "grove-culture-page.h"
#include "grove-export-dialog.h"
#include "grove-heatmap-table.h"
#include "grove-heatmap-view.h"
#include "grove-needs-view.h"
#include "grove-present-window.h"
#include "grove-radar-view.h"

G_BEGIN_DECLS

struct _GroveCulturePage
{
  AdwBin              parent_instance;

  GroveStore         *store;
  GPtrArray          *rounds;       /* (element-type GroveRound), oldest first */
  GHashTable         *rollups;      /* round id → GroveRollup, computed when first shown */
  GHashTable         *units;        /* unit id → GroveCultureUnit */
  gint64              heatmap_round_id;
  gboolean            compare_organisation;
  gboolean            compare_previous;
  gboolean            compare_target;
  char               *view;         /* "radar", "heatmap" or "needs" */
  guint               threshold;    /* the anonymity threshold of the roll-ups */
  GrovePresentWindow *present_window;  /* (nullable) (weak) */
  GroveExportDialog  *export_dialog;   /* (nullable) (weak) */

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkWidget          *empty_new_round_button;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkWidget          *toolbar;
  GtkWidget          *rate_button;
  GtkWidget          *back_button;
  GtkListView        *units_view;
  GtkSingleSelection *unit_selection;
  GtkDropDown        *round_dropdown;
  GtkStringList      *round_titles;
  GtkStack           *content_stack;
  GtkWidget          *chart_box;
  GroveRadarView     *radar_view;
  GtkLabel           *table_heading;
  GtkColumnView      *condition_table;
  GListStore         *condition_results;
  GtkLabel           *table_note;
  AdwStatusPage      *suppressed_page;
  GroveHeatmapView   *heatmap_view;
  GroveHeatmapTable  *heatmap_table;
  GroveNeedsView     *needs_view;
};

void _grove_culture_page_refresh        (GroveCulturePage *self);
void _grove_culture_page_update_actions (GroveCulturePage *self);
void _grove_culture_page_load           (GroveCulturePage *self);
void _grove_culture_page_forget_results (GroveCulturePage *self);
const GroveRound *_grove_culture_page_get_round (GroveCulturePage *self);

/* grove-culture-page-actions.c */
void _grove_culture_page_export_activated  (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void _grove_culture_page_copy_activated    (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void _grove_culture_page_present_activated (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);

/* grove-culture-page-entry.c */
void _grove_culture_page_rate_activated      (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter);
void _grove_culture_page_new_round_activated (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter);

G_END_DECLS
