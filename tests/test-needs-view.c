/* test-needs-view.c: the Learning Needs view of the Culture page, on a real
 * (virtual) display
 *
 * The demo organisation, with this year's IPDRs, is put in a database made
 * for the test; the application opens it, and the tests compare what the
 * view shows with the needs roll-up worked out directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "grove-bar-chart-view.h"
#include "grove-culture-page.h"
#include "grove-needs-chart.h"
#include "grove-needs-item.h"
#include "grove-needs-view.h"
#include "grove-org.h"
#include "grove-test-app.h"
#include "grove-test-utils.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveTestApp app;

static GroveCulturePage *
get_page (void)
{
  GtkWidget *page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CULTURE_PAGE);

  g_assert_nonnull (page);
  grove_test_wait_for (grove_test_widget_is_mapped, page, "the Culture page to be mapped");
  return GROVE_CULTURE_PAGE (page);
}

static gpointer
view_child (GroveNeedsView *view,
            const char     *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (view), GROVE_TYPE_NEEDS_VIEW, name);

  g_assert_nonnull (child);
  return child;
}

/* Switches the Culture page to the view, as its toggle button does. */
static GroveNeedsView *
show_needs_view (void)
{
  GroveCulturePage *page = get_page ();
  GObject *view = gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE, "needs_view");
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE, "content_stack");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.view", "s", "needs"));
  grove_test_wait_for (grove_test_widget_is_mapped, view, "the needs view");
  grove_test_settle (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "needs");
  return GROVE_NEEDS_VIEW (view);
}

static void
show_unit (gint64 unit_id)
{
  g_assert_true (grove_culture_page_select_unit (get_page (), unit_id));
  grove_test_settle (300);
}

static GPtrArray *
compute_rollup (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *groups = grove_needs_rollup (grove_application_get_store (app.application), NULL,
                                          GROVE_NEEDS_DEFAULT_THRESHOLD, &error);

  g_assert_no_error (error);
  return groups;
}

static gint64
find_unit (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveOrgUnit) unit = grove_org_find_unit_by_name (grove_application_get_store (app.application), name, &error);

  g_assert_no_error (error);
  return unit->id;
}

/* The table's rows are the unit's counts in the dimension, in order, and
 * the chart draws one bar for each. */
static void
assert_table_is_rollup (GroveNeedsView      *view,
                        GPtrArray           *groups,
                        gint64               unit_id,
                        GroveNeedsDimension  dimension)
{
  const GroveNeedsGroup *group = grove_needs_find_group (groups, unit_id);
  GListModel *rows = view_child (view, "rows");
  const GroveNeedsChart *chart = grove_bar_chart_view_get_chart (view_child (view, "chart_view"));
  guint row = 0;

  g_assert_nonnull (group);
  g_assert_nonnull (chart);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (view, "stack")), ==, "chart");
  for (guint i = 0; i < group->counts->len; i++)
    {
      const GroveNeedsCount *count = g_ptr_array_index (group->counts, i);
      g_autoptr(GroveNeedsItem) item = NULL;

      if (count->dimension != dimension)
        continue;
      item = g_list_model_get_item (rows, row++);
      g_assert_nonnull (item);
      g_assert_cmpstr (grove_needs_item_get_label (item), ==, count->label);
      g_assert_cmpuint (grove_needs_item_get_count (item), ==, count->count);
    }
  g_assert_cmpuint (row, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, row);
  g_assert_cmpuint (chart->n_bars, ==, row);
}

static void
test_table_matches_rollup (void)
{
  GroveNeedsView *view = show_needs_view ();
  g_autoptr(GPtrArray) groups = compute_rollup ();
  gint64 team = find_unit ("Digital Services");
  GtkWidget *chart_view = view_child (view, "chart_view");
  const GroveBarChartLayout *layout;
  g_autofree char *summary = NULL;
  const GroveNeedsGroup *group;

  show_unit (team);
  g_assert_cmpint (grove_needs_view_get_dimension (view), ==, GROVE_NEEDS_BY_CAPABILITY);
  assert_table_is_rollup (view, groups, team, GROVE_NEEDS_BY_CAPABILITY);

  /* Drawn on screen, with a layout of as many bars. */
  g_assert_true (grove_test_is_on_screen (chart_view));
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (view_child (view, "table"))));
  gtk_widget_queue_draw (chart_view);
  grove_test_settle (200);
  layout = grove_bar_chart_view_get_layout (GROVE_BAR_CHART_VIEW (chart_view));
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_bars, ==, grove_bar_chart_view_get_chart (GROVE_BAR_CHART_VIEW (chart_view))->n_bars);

  group = grove_needs_find_group (groups, team);
  summary = g_strdup_printf ("%u people with an IPDR · %u needs · %u activities",
                             group->people, group->needs, group->activities);
  g_assert_cmpstr (gtk_label_get_label (view_child (view, "summary_label")), ==, summary);

  /* Screen readers hear what the chart is, and are pointed to the table. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Needs by Capability — Digital Services");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       view_child (view, "table"), NULL);
}

static void
test_switch_dimension (void)
{
  GroveNeedsView *view = show_needs_view ();
  g_autoptr(GPtrArray) groups = compute_rollup ();
  gint64 directorate = find_unit ("Policy and Strategy");
  GtkDropDown *dropdown = view_child (view, "dimension_dropdown");

  show_unit (directorate);
  gtk_drop_down_set_selected (dropdown, GROVE_NEEDS_BY_METHOD);
  grove_test_settle (100);
  g_assert_cmpint (grove_needs_view_get_dimension (view), ==, GROVE_NEEDS_BY_METHOD);
  assert_table_is_rollup (view, groups, directorate, GROVE_NEEDS_BY_METHOD);
  g_assert_cmpstr (gtk_column_view_column_get_title (view_child (view, "label_column")), ==, "Learning Method");
  g_assert_cmpstr (gtk_column_view_column_get_title (view_child (view, "count_column")), ==, "Activities");

  grove_needs_view_set_dimension (view, GROVE_NEEDS_BY_CONDITION);
  grove_test_settle (100);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, GROVE_NEEDS_BY_CONDITION);
  assert_table_is_rollup (view, groups, directorate, GROVE_NEEDS_BY_CONDITION);
  g_assert_cmpstr (gtk_label_get_label (view_child (view, "table_heading")), ==, "Needs by Framework Condition");

  grove_needs_view_set_dimension (view, GROVE_NEEDS_BY_CAPABILITY);
  grove_test_settle (100);
}

/* A unit merged upwards shows why, and no figure of it anywhere. */
static void
test_suppressed_unit (void)
{
  GroveNeedsView *view = show_needs_view ();
  g_autoptr(GPtrArray) groups = compute_rollup ();
  gint64 office = find_unit ("Private Office");
  AdwStatusPage *status = view_child (view, "suppressed_page");

  g_assert_null (grove_needs_find_group (groups, office));
  show_unit (office);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_child (view, "stack")), ==, "suppressed");
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (status)));
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   "Fewer than 5 people in this unit have an IPDR for this year, so their needs are counted only "
                   "in the unit above it, to protect their anonymity.");
  g_assert_cmpuint (g_list_model_get_n_items (view_child (view, "rows")), ==, 0);
  g_assert_null (grove_bar_chart_view_get_chart (view_child (view, "chart_view")));
}

/* The CSV is the core's, for the unit and the units shown below it, and
 * readable by its owner alone. */
static void
test_export_csv (void)
{
  GroveNeedsView *view = show_needs_view ();
  g_autoptr(GPtrArray) groups = compute_rollup ();
  g_autoptr(GPtrArray) subtree = NULL;
  g_autofree char *path = g_build_filename (app.dir, "needs.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gint64 directorate = find_unit ("Delivery and Operations");

  show_unit (directorate);
  g_assert_true (grove_needs_view_export_csv (view, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  subtree = grove_needs_subtree (groups, directorate);
  g_assert_cmpuint (subtree->len, >=, 2);
  expected = grove_needs_rollup_to_csv (subtree);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (grove_test_file_mode (path), ==, 0600);
  g_assert_null (strstr (contents, "Private Office"));
  g_unlink (path);

  show_unit (find_unit ("Private Office"));
  g_assert_false (grove_needs_view_export_csv (view, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  grove_test_app_init (&app, "needs");

  g_test_add_func ("/needs-view/table", test_table_matches_rollup);
  g_test_add_func ("/needs-view/dimension", test_switch_dimension);
  g_test_add_func ("/needs-view/suppressed", test_suppressed_unit);
  g_test_add_func ("/needs-view/export-csv", test_export_csv);

  return grove_test_app_run (&app, argv[0], FALSE);
}
