/* test-accessibility.c: every control on every page has a name
 *
 * The application opens the demonstration organisation; each entry of
 * `pages` brings one page (or window) up as a person would see it, and the
 * walk looks at every control mapped on it. A control a screen reader would
 * announce as only "button" or "text field" fails the test, with its path
 * in the widget tree. A new page needs one new line in `pages`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "grove-bar-chart-view.h"
#include "grove-coaching-page.h"
#include "grove-culture-page.h"
#include "grove-export-dialog.h"
#include "grove-heatmap-table.h"
#include "grove-heatmap-view.h"
#include "grove-help-window.h"
#include "grove-needs-view.h"
#include "grove-people-page.h"
#include "grove-conversations-page.h"
#include "grove-person-details.h"
#include "grove-preferences-window.h"
#include "grove-present-window.h"
#include "grove-team-plan-dialog.h"
#include "grove-radar-view.h"
#include "grove-test-app.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveTestApp app;

static void
show_page (const char *name)
{
  GObject *stack = gtk_widget_get_template_child (grove_test_app_main_window (&app), GROVE_TYPE_WINDOW, "view_stack");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  grove_test_settle (300);
}

/* Pages */

static GtkWidget *
show_culture_view (const char *view)
{
  GtkWidget *window = grove_test_app_main_window (&app);
  GtkWidget *page;

  show_page ("culture");
  page = grove_test_find_widget_of_type (window, GROVE_TYPE_CULTURE_PAGE);
  g_assert_true (gtk_widget_activate_action (page, "culture.view", "s", view));
  grove_test_settle (300);
  return window;
}

/* A chart is a picture to a screen reader: it needs a name and a
 * description of what it shows. */
static void
assert_chart_described (GtkWidget *chart)
{
  g_assert_true (grove_test_is_on_screen (chart));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
}

static GtkWidget *
show_culture_radar (void)
{
  GtkWidget *window = show_culture_view ("radar");
  GtkWidget *page = grove_test_find_widget_of_type (window, GROVE_TYPE_CULTURE_PAGE);
  GtkWidget *radar = grove_test_find_widget_of_type (window, GROVE_TYPE_RADAR_VIEW);
  GObject *table = gtk_widget_get_template_child (page, GROVE_TYPE_CULTURE_PAGE, "condition_table");

  assert_chart_described (radar);
  /* Its figures are in the condition table, which the chart points to. */
  g_assert_true (GTK_IS_COLUMN_VIEW (table));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, table, NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Department for Learning and Skills — Learning culture survey 2026");
  return window;
}

static GtkWidget *
show_culture_heatmap (void)
{
  GtkWidget *window = show_culture_view ("heatmap");
  GtkWidget *page = grove_test_find_widget_of_type (window, GROVE_TYPE_CULTURE_PAGE);
  GtkWidget *view = grove_test_find_widget_of_type (window, GROVE_TYPE_HEATMAP_VIEW);
  GObject *table = gtk_widget_get_template_child (page, GROVE_TYPE_CULTURE_PAGE, "heatmap_table");
  const GroveCultureHeatmap *heatmap = grove_heatmap_view_get_heatmap (GROVE_HEATMAP_VIEW (view));
  guint shown = 0;

  assert_chart_described (view);
  /* Its figures are in a table beside it, cell for cell. */
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, table, NULL);
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (table)));
  g_assert_cmpuint (heatmap->n_rows, >, 2);
  for (guint r = 0; r < heatmap->n_rows; r++)
    {
      g_autofree char *team = grove_heatmap_table_dup_cell (GROVE_HEATMAP_TABLE (table), r, 0);

      g_assert_cmpstr (team, ==, heatmap->row_labels[r]);
      for (guint c = 0; c < heatmap->n_columns; c++)
        {
          guint cell = r * heatmap->n_columns + c;
          g_autofree char *text = grove_heatmap_table_dup_cell (GROVE_HEATMAP_TABLE (table), r, c + 1);
          g_autofree char *expected = heatmap->suppressed[cell] ? g_strdup ("suppressed")
                                    : isnan (heatmap->values[cell]) ? g_strdup ("none")
                                    : g_strdup_printf ("%.1f", heatmap->values[cell]);

          g_assert_cmpstr (text, ==, expected);
          shown += !heatmap->suppressed[cell];
        }
    }
  g_assert_cmpuint (shown, >, 0);
  g_assert_null (grove_heatmap_table_dup_cell (GROVE_HEATMAP_TABLE (table), heatmap->n_rows, 0));
  return window;
}

static GtkWidget *
show_culture_needs (void)
{
  GtkWidget *window = show_culture_view ("needs");
  GtkWidget *view = grove_test_find_widget_of_type (window, GROVE_TYPE_NEEDS_VIEW);
  GtkWidget *chart = grove_test_find_widget_of_type (view, GROVE_TYPE_BAR_CHART_VIEW);
  GObject *table = gtk_widget_get_template_child (view, GROVE_TYPE_NEEDS_VIEW, "table");
  GObject *rows = gtk_widget_get_template_child (view, GROVE_TYPE_NEEDS_VIEW, "rows");

  assert_chart_described (chart);
  /* Its counts are in the table below it, which the chart points to. */
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, table, NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Needs by Capability — Department for Learning and Skills");
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (table)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==,
                    grove_bar_chart_view_get_chart (GROVE_BAR_CHART_VIEW (chart))->n_bars);
  return window;
}

static GtkWidget *
show_framework (void)
{
  GtkWidget *window = grove_test_app_main_window (&app);

  show_page ("framework");
  grove_test_assert_label_on_screen (window, "Condition 1 of 6");
  return window;
}

static GtkWidget *
show_person (void)
{
  GtkWidget *window = grove_test_app_main_window (&app);
  GtkWidget *page;
  GtkWidget *details;
  GtkSingleSelection *people;

  show_page ("people");
  page = grove_test_find_widget_of_type (window, GROVE_TYPE_PEOPLE_PAGE);
  people = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (page, GROVE_TYPE_PEOPLE_PAGE, "person_selection"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >, 0);
  /* As a click or Enter on the first row does, folded or not. */
  g_signal_emit_by_name (gtk_widget_get_template_child (page, GROVE_TYPE_PEOPLE_PAGE, "people_view"), "activate", 0);
  details = grove_test_find_widget_of_type (page, GROVE_TYPE_PERSON_DETAILS);
  grove_test_wait_for (grove_test_widget_is_mapped, details, "the person’s details");
  grove_test_settle (300);
  return window;
}

/* After a matching run, so that the proposals and their buttons are walked
 * too. */
static GtkWidget *
show_coaching (void)
{
  GtkWidget *window = grove_test_app_main_window (&app);
  GtkWidget *page;
  GObject *proposals;

  show_page ("coaching");
  page = grove_test_find_widget_of_type (window, GROVE_TYPE_COACHING_PAGE);
  g_assert_true (gtk_widget_activate_action (page, "coaching.run", NULL));
  proposals = gtk_widget_get_template_child (page, GROVE_TYPE_COACHING_PAGE, "proposals_view");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (proposals)))), >, 0);
  grove_test_settle (300);
  return window;
}

typedef struct {
  GType      type;
  GtkWindow *found;
} WindowQuery;

static gboolean window_is_shown (gpointer data);

/* A dialog of the Coaching page, opened by its action. */
static GtkWidget *
open_coaching_dialog (const char *action)
{
  WindowQuery query = { ADW_TYPE_MESSAGE_DIALOG, NULL };
  GtkWidget *page;

  show_page ("coaching");
  page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_COACHING_PAGE);
  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  grove_test_wait_for (window_is_shown, &query, action);
  grove_test_settle (300);
  return GTK_WIDGET (query.found);
}

static GtkWidget *
show_coaching_add_coach (void)
{
  return open_coaching_dialog ("coaching.add-coach");
}

static GtkWidget *
show_coaching_add_exclusion (void)
{
  return open_coaching_dialog ("coaching.add-exclusion");
}

/* With a relationship chosen, so that its buttons are named as they are
 * when enabled. */
static GtkWidget *
show_coaching_relationships (void)
{
  GtkWidget *page;
  GObject *stack, *view;

  show_page ("coaching");
  page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_COACHING_PAGE);
  stack = gtk_widget_get_template_child (page, GROVE_TYPE_COACHING_PAGE, "view_stack");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "relationships");
  view = gtk_widget_get_template_child (page, GROVE_TYPE_COACHING_PAGE, "relationships_view");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))), 0);
  grove_test_settle (300);
  return grove_test_app_main_window (&app);
}

static GtkWidget *
show_coaching_add_request (void)
{
  return open_coaching_dialog ("coaching.add-request");
}

static gboolean
window_is_shown (gpointer data)
{
  WindowQuery *query = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, query->type) && gtk_widget_get_mapped (window))
        {
          query->found = GTK_WINDOW (window);
          return TRUE;
        }
    }
  return FALSE;
}

static GtkWidget *
open_by_action (const char *action,
                GType       type)
{
  WindowQuery query = { type, NULL };

  g_action_group_activate_action (G_ACTION_GROUP (app.application), action, NULL);
  grove_test_wait_for (window_is_shown, &query, action);
  grove_test_settle (300);
  return GTK_WIDGET (query.found);
}

static GtkWidget *
show_about (void)
{
  return open_by_action ("about", ADW_TYPE_ABOUT_WINDOW);
}

static GtkWidget *
show_shortcuts (void)
{
  return open_by_action ("shortcuts", GTK_TYPE_SHORTCUTS_WINDOW);
}

static GtkWidget *
show_help (void)
{
  return open_by_action ("help", GROVE_TYPE_HELP_WINDOW);
}

static GtkWidget *
show_preferences_page (const char *name)
{
  GtkWidget *window = open_by_action ("preferences", GROVE_TYPE_PREFERENCES_WINDOW);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), name);
  grove_test_settle (300);
  return window;
}

static GtkWidget *
show_preferences_general (void)
{
  return show_preferences_page ("general");
}

static GtkWidget *
show_preferences_coaching (void)
{
  return show_preferences_page ("coaching");
}

static GtkWidget *
show_preferences_database (void)
{
  return show_preferences_page ("database");
}

static GtkWidget *
open_by_culture_action (const char *action,
                        GType       type)
{
  WindowQuery query = { type, NULL };
  GtkWidget *page;

  show_culture_view ("radar");
  page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CULTURE_PAGE);
  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  grove_test_wait_for (window_is_shown, &query, action);
  grove_test_settle (300);
  return GTK_WIDGET (query.found);
}

static GtkWidget *
show_presentation (void)
{
  return open_by_culture_action ("culture.present", GROVE_TYPE_PRESENT_WINDOW);
}

static GtkWidget *
show_conversations_chooser (void)
{
  GtkWidget *window = grove_test_app_main_window (&app);
  GtkWidget *page;

  show_page ("conversations");
  page = grove_test_find_widget_of_type (window, GROVE_TYPE_CONVERSATIONS_PAGE);
  grove_conversations_page_set_signed_in_person (GROVE_CONVERSATIONS_PAGE (page), 0);
  grove_test_wait_for (grove_test_widget_is_mapped,
                       gtk_widget_get_template_child (page, GROVE_TYPE_CONVERSATIONS_PAGE, "manager_dropdown"),
                       "the chooser");
  grove_test_settle (300);
  return window;
}

static GtkWidget *
show_conversations_record (void)
{
  GtkWidget *window = grove_test_app_main_window (&app);
  GtkWidget *page;
  GObject *team;

  show_page ("conversations");
  page = grove_test_find_widget_of_type (window, GROVE_TYPE_CONVERSATIONS_PAGE);
  /* Whoever the chooser offers first, as choosing them does. */
  g_assert_true (gtk_widget_activate_action (page, "conversations.choose", NULL));
  team = gtk_widget_get_template_child (page, GROVE_TYPE_CONVERSATIONS_PAGE, "team_selection");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (team)), >, 0);
  g_signal_emit_by_name (gtk_widget_get_template_child (page, GROVE_TYPE_CONVERSATIONS_PAGE, "team_view"), "activate", 0);
  grove_test_wait_for (grove_test_widget_is_mapped,
                       gtk_widget_get_template_child (page, GROVE_TYPE_CONVERSATIONS_PAGE, "notes_view"),
                       "the record");
  grove_test_settle (300);
  return window;
}

/* The dialog a button of the record opens, as clicking it does. */
static GtkWidget *
open_conversations_dialog (const char *action)
{
  WindowQuery query = { ADW_TYPE_MESSAGE_DIALOG, NULL };
  GtkWidget *button;

  show_conversations_record ();
  button = grove_test_find_button (grove_test_app_main_window (&app), action);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  grove_test_wait_for (window_is_shown, &query, action);
  grove_test_settle (300);
  return GTK_WIDGET (query.found);
}

static GtkWidget *
show_edit_objective (void)
{
  return open_conversations_dialog ("conversations.edit-objective");
}

static GtkWidget *
show_add_need (void)
{
  return open_conversations_dialog ("conversations.add-need");
}

static GtkWidget *
show_add_activity (void)
{
  return open_conversations_dialog ("conversations.add-activity");
}

static GtkWidget *
show_record_review (void)
{
  return open_conversations_dialog ("conversations.record-review");
}

static GtkWidget *
show_add_feedback (void)
{
  return open_conversations_dialog ("conversations.add-feedback");
}

/* A window the page's menu opens, as choosing the item does. */
static GtkWidget *
open_from_conversations_menu (const char *action,
                              GType       type)
{
  WindowQuery query = { type, NULL };
  GtkWidget *page;

  show_conversations_record ();
  page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CONVERSATIONS_PAGE);
  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  grove_test_wait_for (window_is_shown, &query, action);
  grove_test_settle (300);
  return GTK_WIDGET (query.found);
}

/* The demo has a plan: each row is walked expanded, with its description
 * and the people whose objectives support it. */
static GtkWidget *
show_team_plan (void)
{
  GtkWidget *plan = open_from_conversations_menu ("conversations.team-plan", GROVE_TYPE_TEAM_PLAN_DIALOG);
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (plan, GROVE_TYPE_TEAM_PLAN_DIALOG, "objectives_list"));
  guint rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row))
      {
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        rows++;
      }
  g_assert_cmpuint (rows, >, 0);
  grove_test_settle (300);
  return plan;
}

static GtkWidget *
show_share_objective (void)
{
  return open_from_conversations_menu ("conversations.share-objective", ADW_TYPE_MESSAGE_DIALOG);
}

static GtkWidget *
show_export (void)
{
  return open_by_culture_action ("culture.export", GROVE_TYPE_EXPORT_DIALOG);
}

typedef struct {
  const char *name;
  GtkWidget *(*show) (void); /* brings the page up; returns what to walk */
} PageCase;

static const PageCase pages[] = {
  { "culture-radar",    show_culture_radar },
  { "culture-heat-map", show_culture_heatmap },
  { "culture-needs",    show_culture_needs },
  { "framework",        show_framework },
  { "people-person",    show_person },
  { "conversations-chooser", show_conversations_chooser },
  { "conversations-record",  show_conversations_record },
  { "conversations-edit-objective", show_edit_objective },
  { "conversations-add-need", show_add_need },
  { "conversations-add-activity", show_add_activity },
  { "conversations-record-review", show_record_review },
  { "conversations-add-feedback", show_add_feedback },
  { "conversations-team-plan", show_team_plan },
  { "conversations-share-objective", show_share_objective },
  { "coaching",         show_coaching },
  { "coaching-add-coach", show_coaching_add_coach },
  { "coaching-add-request", show_coaching_add_request },
  { "coaching-relationships", show_coaching_relationships },
  { "coaching-add-exclusion", show_coaching_add_exclusion },
  { "about",            show_about },
  { "shortcuts",        show_shortcuts },
  { "help",             show_help },
  { "preferences-general",  show_preferences_general },
  { "preferences-coaching", show_preferences_coaching },
  { "preferences-database", show_preferences_database },
  { "presentation",     show_presentation },
  { "export",           show_export },
};

/* The walk */

static gboolean
has_label_inside (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      return text != NULL && *text != '\0';
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_label_inside (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* GtkButton says it is labelled by whatever it holds, an icon too: that
 * names nothing, so only another widget that labels it counts. */
static gboolean
labelled_by_another (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *other = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                   child, NULL);

      if (other == NULL)
        return FALSE;
    }
  return TRUE;
}

/* What a screen reader can announce it by: its own accessible label, a
 * widget that labels it, a tooltip, or (for buttons) the words on it. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      labelled_by_another (widget) ||
      has_text (gtk_widget_get_tooltip_text (widget)))
    return TRUE;
  /* An entry's text, a drop-down's choice and a switch's state are values,
   * not names. */
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    return has_label_inside (widget);
  return FALSE;
}

static gboolean
needs_name (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) ||          /* GtkToggleButton too */
         GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_ENTRY (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) ||
         GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SWITCH (widget) ||
         /* Grove's own widgets that a person reaches or reads: pages
          * and rows are containers, named by what they hold. */
         (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Grove") &&
          (gtk_widget_get_focusable (widget) ||
           gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_IMG));
}

static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (w));

      g_string_prepend (path, id != NULL ? id : G_OBJECT_TYPE_NAME (w));
      if (id != NULL)
        g_string_prepend_c (path, '#');
      if (gtk_widget_get_parent (w) != NULL)
        g_string_prepend (path, " > ");
    }
  return g_string_free (path, FALSE);
}

static void
walk (GtkWidget *widget,
      GPtrArray *unnamed,
      guint     *checked)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (needs_name (widget))
    {
      (*checked)++;
      if (!has_accessible_name (widget))
        g_ptr_array_add (unnamed, describe (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    walk (child, unnamed, checked);
}

static void
test_page (gconstpointer data)
{
  const PageCase *page = data;
  GtkWidget *root = page->show ();
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint checked = 0;

  walk (root, unnamed, &checked);
  /* A walk that finds no control at all has walked the wrong thing. */
  g_assert_cmpuint (checked, >, 0);
  g_test_message ("%u controls on %s", checked, page->name);
  if (unnamed->len > 0)
    {
      g_ptr_array_add (unnamed, NULL);
      {
        g_autofree char *list = g_strjoinv ("\n  ", (char **) unnamed->pdata);

        g_test_message ("%u of %u controls on %s have no accessible name:\n  %s",
                        unnamed->len - 1, checked, page->name, list);
        g_test_fail ();
      }
    }
  if (root != grove_test_app_main_window (&app))
    gtk_window_destroy (GTK_WINDOW (root));
}

/* The walk itself finds what it should: an icon-only button is unnamed
 * until it has a tooltip, an entry until something labels it. */
static void
test_walk_finds_unnamed (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *labelled = gtk_button_new_with_label ("Copy");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new ("Name");
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint checked = 0;

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), labelled);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  grove_test_wait_for (grove_test_widget_is_mapped, window, "the window to be mapped");

  walk (box, unnamed, &checked);
  g_assert_cmpuint (checked, ==, 3);
  g_assert_cmpuint (unnamed->len, ==, 2);

  gtk_widget_set_tooltip_text (button, "Copy");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  g_ptr_array_set_size (unnamed, 0);
  walk (box, unnamed, &checked);
  g_assert_cmpuint (unnamed->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  grove_test_app_init (&app, "a11y");

  g_test_add_func ("/accessibility/walk/finds-unnamed", test_walk_finds_unnamed);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/accessibility/named/%s", pages[i].name);

      g_test_add_data_func (path, &pages[i], test_page);
    }

  return grove_test_app_run (&app, argv[0], TRUE);
}
