/* grove-people-page-private.h: what the files of the People page share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-people-page.h"
#include "grove-person-details.h"

G_BEGIN_DECLS

struct _GrovePeoplePage
{
  AdwBin              parent_instance;

  GroveStore         *store;
  GListStore         *unit_roots;    /* (element-type GroveOrgUnitItem) */
  GListStore         *people;        /* (element-type GrovePersonItem) */
  GPtrArray          *units;         /* (element-type GroveOrgUnit) */
  GHashTable         *units_by_id;   /* gint64 * → GroveOrgUnit *, in units */
  GPtrArray          *everyone;      /* (element-type GrovePerson), for names */
  GHashTable         *names_by_id;   /* gint64 * → name, in everyone */
  GtkCustomFilter    *search_filter;
  char               *search_text;   /* case-folded, or NULL */
  gint64              shown_unit_id; /* -1 when none */

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkWidget          *demo_button;
  GtkWidget          *import_button;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkListView        *units_view;
  GtkSingleSelection *unit_selection;
  AdwLeaflet         *content_leaflet;
  GtkWidget          *people_pane;
  GtkLabel           *unit_kind_label;
  GtkLabel           *unit_title;
  GtkLabel           *unit_count_label;
  GtkSearchEntry     *search_entry;
  GtkStack           *people_stack;
  GtkColumnView      *people_view;
  GtkSingleSelection *person_selection;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *grade_column;
  AdwStatusPage      *people_status;
  GtkWidget          *details_pane;
  GtkStack           *details_stack;
  GtkScrolledWindow  *details_scroller;
  GrovePersonDetails *details;
  GtkFileChooserNative *chooser;   /* the import or export one open */
};

/* grove-people-page-transfer.c */
void _grove_people_page_choose_import (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);
void _grove_people_page_choose_export (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);

G_END_DECLS
