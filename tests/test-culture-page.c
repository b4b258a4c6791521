/* test-culture-page.c: the Culture page, on a real (virtual) display
 *
 * The demo organisation with its two rounds of answers is put in a
 * database made for the test; the application opens it, and the tests look
 * at what the page shows, down to the pixels of the chart, against the
 * roll-up worked out directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "grove-assessment.h"
#include "grove-condition-result.h"
#include "grove-culture-page.h"
#include "grove-export-dialog.h"
#include "grove-heatmap-view.h"
#include "grove-org.h"
#include "grove-radar-view.h"
#include "grove-rollup.h"
#include "grove-window.h"
#include "grove-test-app.h"

#define WAIT_TIMEOUT_MS 10000

static GroveTestApp app;

typedef gboolean (*Condition) (gpointer data);

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_TIMEOUT_MS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (id);
}

/* Lets layout, transitions and drawing settle. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GroveCulturePage *
get_page (void)
{
  GtkWidget *page = find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CULTURE_PAGE);

  g_assert_nonnull (page);
  wait_for (widget_is_mapped, page, "the Culture page to be mapped");
  return GROVE_CULTURE_PAGE (page);
}

static gpointer
page_child (GroveCulturePage *page,
            const char       *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE, name);

  g_assert_nonnull (child);
  return child;
}

static gint64
find_unit (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveOrgUnit) unit = grove_org_find_unit_by_name (grove_application_get_store (app.application), name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (unit);
  return unit->id;
}

/* The latest round's roll-up, worked out without the page. */
static GroveRollup *
compute_latest_rollup (void)
{
  GroveStore *store = grove_application_get_store (app.application);
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) error = NULL;
  GroveRollup *rollup;

  rounds = grove_assessment_list_rounds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);

  rollup = grove_rollup_compute (store, ((GroveRound *) g_ptr_array_index (rounds, rounds->len - 1))->id,
                                 GROVE_ANONYMITY_THRESHOLD_DEFAULT, &error);
  g_assert_no_error (error);
  return rollup;
}

/* A team of the demo that is shown, and one that is suppressed. */
static gint64
find_team (const GroveRollup *rollup,
           gboolean           suppressed)
{
  for (guint i = 0; i < grove_rollup_get_n_units (rollup); i++)
    {
      const GroveRollupUnit *unit = grove_rollup_get_unit (rollup, i);

      if (unit->kind == GROVE_ORG_UNIT_TEAM &&
          (unit->suppression == GROVE_SUPPRESSION_BELOW_THRESHOLD) == suppressed &&
          (suppressed || unit->suppression == GROVE_SUPPRESSION_NONE))
        return unit->unit_id;
    }

  g_assert_not_reached ();
}

static void
show_unit (GroveCulturePage *page,
           gint64            unit_id)
{
  g_assert_true (grove_culture_page_select_unit (page, unit_id));
  g_assert_cmpint (grove_culture_page_get_unit_id (page), ==, unit_id);
  /* The transition between charts, then a frame drawn at rest. */
  settle (500);
}

/* The chart as the widget draws it on screen, rendered by the window's own
 * renderer. The widget's snapshot function is called directly so that a
 * frame is drawn now, whether or not GTK has one cached. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_true (gtk_widget_get_mapped (widget));
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

typedef struct {
  guint8 *pixels;
  int     width, height;
  gsize   stride;
} Pixels;

static void
pixels_clear (Pixels *pixels)
{
  g_free (pixels->pixels);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pixels, pixels_clear)

static void
download (GdkTexture *texture,
          Pixels     *pixels)
{
  pixels->width = gdk_texture_get_width (texture);
  pixels->height = gdk_texture_get_height (texture);
  pixels->stride = (gsize) pixels->width * 4;
  pixels->pixels = g_malloc (pixels->stride * pixels->height);
  gdk_texture_download (texture, pixels->pixels, pixels->stride);
}

/* Whether the pixel at (x, y) is the colour, within a rounding error. */
static gboolean
pixel_is (const Pixels           *pixels,
          double                  x,
          double                  y,
          const GroveChartColour *colour)
{
  /* gdk_texture_download() gives premultiplied B, G, R, A in memory. */
  const guint8 *p = pixels->pixels + (gsize) round (y) * pixels->stride + (gsize) round (x) * 4;
  double expected[3] = { colour->blue, colour->green, colour->red };

  for (guint i = 0; i < 3; i++)
    if (fabs (p[i] / 255.0 - expected[i]) > 0.06)
      return FALSE;
  return TRUE;
}

static void
get_series_colour (GroveChartTheme   theme,
                   guint             series,
                   GroveChartColour *colour)
{
  GroveChartStyle style;
  GroveChartSeriesStyle series_style;

  grove_chart_style_init (&style, theme);
  grove_chart_style_get_series (&style, series, &series_style);
  *colour = series_style.colour;
}

static void
test_radar_for_team (void)
{
  GroveCulturePage *page = get_page ();
  GroveRadarView *radar = page_child (page, "radar_view");
  g_autoptr(GroveRollup) rollup = compute_latest_rollup ();
  gint64 team = find_unit ("Digital Services");
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  const GroveRadarLayout *layout;
  const GroveCultureChart *chart;
  GroveChartColour colour;
  guint drawn = 0;

  g_assert_cmpint (grove_rollup_find_unit (rollup, team)->suppression, ==, GROVE_SUPPRESSION_NONE);
  show_unit (page, team);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (radar)), >, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (radar)), >, 200);
  chart = grove_radar_view_get_chart (radar);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->n_axes, ==, 6);
  g_assert_true (g_str_has_prefix (chart->title, "Digital Services — "));

  texture = render_widget (GTK_WIDGET (radar));
  layout = grove_radar_view_get_layout (radar);
  g_assert_nonnull (layout);
  download (texture, &pixels);
  get_series_colour (grove_radar_view_get_theme (radar), 0, &colour);

  /* Each of the team's points carries a marker in the first series' colour. */
  for (guint axis = 0; axis < chart->n_axes; axis++)
    {
      const GroveRadarPoint *point = &layout->points[axis];

      g_assert_true (point->valid);
      if (pixel_is (&pixels, point->x, point->y, &colour))
        drawn++;
    }
  g_assert_cmpuint (drawn, ==, chart->n_axes);

  /* Screen readers hear what the chart is, and are pointed to the table. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_true (g_str_has_prefix (chart->description, "Radar chart of 6 conditions for Digital Services, round "));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY));
}

static void
test_condition_table (void)
{
  GroveCulturePage *page = get_page ();
  GListModel *results = page_child (page, "condition_results");
  GtkColumnView *table = page_child (page, "condition_table");
  g_autoptr(GroveRollup) rollup = compute_latest_rollup ();
  gint64 team = find_unit ("Digital Services");

  show_unit (page, team);

  g_assert_true (gtk_column_view_get_model (table) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 6);
  for (guint c = 0; c < 6; c++)
    {
      g_autoptr(GroveConditionResult) row = g_list_model_get_item (results, c);
      const GroveRollupFigures *figures = grove_rollup_get_condition (rollup, team, c);

      g_assert_nonnull (figures);
      g_assert_cmpfloat_with_epsilon (grove_condition_result_get_mean (row), figures->mean, 1e-9);
      g_assert_cmpuint (grove_condition_result_get_respondents (row), ==, figures->respondents);
      g_assert_true (grove_condition_result_has_change (row));
    }
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       page_child (page, "table_heading"), NULL);
}

static void
test_suppressed_team (void)
{
  GroveCulturePage *page = get_page ();
  g_autoptr(GroveRollup) rollup = compute_latest_rollup ();
  gint64 team = find_team (rollup, TRUE);
  GtkStack *stack = page_child (page, "content_stack");
  AdwStatusPage *status = page_child (page, "suppressed_page");
  GListModel *results = page_child (page, "condition_results");

  show_unit (page, team);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "suppressed");
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   "Fewer than 5 people answered in this team, so its results are not shown to protect their anonymity.");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  /* No figure of it anywhere. */
  g_assert_null (grove_radar_view_get_chart (page_child (page, "radar_view")));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page_child (page, "radar_view"))));
}

static void
test_legend_hides_series (void)
{
  GroveCulturePage *page = get_page ();
  GroveRadarView *radar = page_child (page, "radar_view");
  const GroveRadarLayout *layout;
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  g_auto(Pixels) shown = { 0 };
  g_auto(Pixels) hidden = { 0 };
  GroveChartColour colour;
  cairo_rectangle_t entry;
  double x, y;

  show_unit (page, find_unit ("Digital Services"));
  /* A frame at rest: on a busy machine the transition between charts can
   * outlast the settling, and its frames move the points. */
  x = y = -1;
  for (guint tries = 0; tries < 50; tries++)
    {
      g_clear_object (&before);
      before = render_widget (GTK_WIDGET (radar));
      layout = grove_radar_view_get_layout (radar);
      g_assert_nonnull (layout);
      if (layout->points[0].x == x && layout->points[0].y == y)
        break;
      x = layout->points[0].x;
      y = layout->points[0].y;
      settle (100);
    }
  g_assert_true (layout->points[0].valid);
  entry = layout->legend_rects[0];
  download (before, &shown);
  get_series_colour (grove_radar_view_get_theme (radar), 0, &colour);
  g_assert_true (pixel_is (&shown, x, y, &colour));

  /* A click in the middle of the legend entry. */
  g_assert_true (grove_radar_view_toggle_legend_at (radar, entry.x + entry.width / 2, entry.y + entry.height / 2));
  g_assert_true (grove_radar_view_get_series_hidden (radar, 0));
  settle (100);
  after = render_widget (GTK_WIDGET (radar));
  download (after, &hidden);
  g_assert_false (pixel_is (&hidden, x, y, &colour));

  /* And again brings it back. */
  layout = grove_radar_view_get_layout (radar);
  g_assert_true (grove_radar_view_toggle_legend_at (radar, entry.x + entry.width / 2, entry.y + entry.height / 2));
  g_assert_false (grove_radar_view_get_series_hidden (radar, 0));
  g_assert_false (grove_radar_view_toggle_legend_at (radar, layout->cx, layout->cy));
}

static gboolean
send_key (GtkWidget *window,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
      if (handled)
        break;
    }

  return handled;
}

static gboolean
window_is_gone (gpointer data)
{
  return grove_culture_page_get_present_window (data) == NULL;
}

static void
test_present_mode (void)
{
  GroveCulturePage *page = get_page ();
  gint64 team = find_unit ("Digital Services");
  GtkWindow *window;
  GroveRadarView *radar;
  gint64 before;

  show_unit (page, team);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.present", NULL));
  window = grove_culture_page_get_present_window (page);
  g_assert_nonnull (window);
  wait_for (widget_is_mapped, window, "the presentation to be shown");
  settle (300);

  radar = GROVE_RADAR_VIEW (find_widget_of_type (GTK_WIDGET (window), GROVE_TYPE_RADAR_VIEW));
  g_assert_nonnull (grove_radar_view_get_chart (radar));
  g_assert_true (g_str_has_prefix (grove_radar_view_get_chart (radar)->title, "Digital Services — Learning culture survey 2026"));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (window), "Digital Services — "));
  /* Without a window manager no one grants full screen; it is asked for. */
  g_assert_true (gtk_window_is_fullscreen (window) || gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Right steps to the next unit in the sidebar's order, Left back. */
  before = grove_culture_page_get_unit_id (page);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Right));
  g_assert_cmpint (grove_culture_page_get_unit_id (page), !=, before);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_cmpint (grove_culture_page_get_unit_id (page), ==, before);

  /* Down goes to the round before, with the window's title following. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Down));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (window), "2025"));
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Up));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (window), "2026"));

  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Escape));
  wait_for (window_is_gone, page, "the presentation to close");
}

static gboolean
dialog_is_shown (gpointer data)
{
  GtkWidget **dialog = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GROVE_IS_EXPORT_DIALOG (window) && gtk_widget_get_mapped (window))
        {
          *dialog = window;
          return TRUE;
        }
    }
  return FALSE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_export_png (void)
{
  static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  GroveCulturePage *page = get_page ();
  g_autofree char *path = g_build_filename (app.dir, "digital-services.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree guint8 *contents = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = NULL;
  gsize length;

  show_unit (page, find_unit ("Digital Services"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.export", NULL));
  wait_for (dialog_is_shown, &dialog, "the export dialog");

  grove_export_dialog_set_format (GROVE_EXPORT_DIALOG (dialog), GROVE_CHART_FORMAT_PNG);
  grove_export_dialog_set_size (GROVE_EXPORT_DIALOG (dialog), 1280, 720);
  grove_export_dialog_save_to (GROVE_EXPORT_DIALOG (dialog), file);

  g_assert_true (g_file_get_contents (path, (char **) &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, png_signature, 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (contents + 16), ==, 1280);
  g_assert_cmpuint (read_be32 (contents + 20), ==, 720);
  g_remove (path);

  /* The same through the page, as SVG, at the A4 preset's size. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (app.dir, "digital-services.svg", NULL);
  g_assert_true (grove_culture_page_export_chart (page, GROVE_CHART_FORMAT_SVG, 842, 595, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_remove (path);
}

static void
test_copy_chart (void)
{
  GroveCulturePage *page = get_page ();
  GroveRadarView *radar = page_child (page, "radar_view");
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (radar));

  show_unit (page, find_unit ("Digital Services"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.copy-chart", NULL));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
}

static void
test_heatmap (void)
{
  GroveCulturePage *page = get_page ();
  GroveHeatmapView *heatmap = page_child (page, "heatmap_view");
  GtkStack *stack = page_child (page, "content_stack");
  g_autoptr(GroveRollup) rollup = compute_latest_rollup ();
  const GroveCultureHeatmap *shown;
  guint teams = 0, suppressed = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.view", "s", "heatmap"));
  wait_for (widget_is_mapped, heatmap, "the heat map");
  settle (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "heatmap");

  for (guint i = 0; i < grove_rollup_get_n_units (rollup); i++)
    if (grove_rollup_get_unit (rollup, i)->kind == GROVE_ORG_UNIT_TEAM)
      {
        teams++;
        if (grove_rollup_get_unit (rollup, i)->suppression != GROVE_SUPPRESSION_NONE)
          suppressed++;
      }
  shown = grove_heatmap_view_get_heatmap (heatmap);
  g_assert_nonnull (shown);
  g_assert_cmpuint (shown->n_rows, ==, teams);
  g_assert_cmpuint (shown->n_columns, ==, 6);
  for (guint r = 0; r < shown->n_rows; r++)
    if (shown->suppressed[r * shown->n_columns])
      {
        suppressed--;
        /* A suppressed team's cells carry no value at all. */
        for (guint c = 0; c < shown->n_columns; c++)
          g_assert_true (isnan (shown->values[r * shown->n_columns + c]));
      }
  g_assert_cmpuint (suppressed, ==, 0);
  g_assert_nonnull (grove_heatmap_view_get_layout (heatmap));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.view", "s", "radar"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  grove_test_app_init (&app, "culture");

  g_test_add_func ("/culture/radar/team", test_radar_for_team);
  g_test_add_func ("/culture/table/means", test_condition_table);
  g_test_add_func ("/culture/suppressed", test_suppressed_team);
  g_test_add_func ("/culture/radar/legend-hides-series", test_legend_hides_series);
  g_test_add_func ("/culture/present/keys", test_present_mode);
  g_test_add_func ("/culture/export/png", test_export_png);
  g_test_add_func ("/culture/copy", test_copy_chart);
  g_test_add_func ("/culture/heatmap", test_heatmap);

  return grove_test_app_run (&app, argv[0], FALSE);
}
