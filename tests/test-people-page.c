/* test-people-page.c: the People page, on a real (virtual) display
 *
 * Each test makes its own database, usually with the demonstration
 * organisation in it, and shows the page in a window of its own; what the
 * page lists is compared with what the core reads from the same database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "grove-demo.h"
#include "grove-org.h"
#include "grove-org-unit-item.h"
#include "grove-people-csv.h"
#include "grove-people-page.h"
#include "grove-person-details.h"
#include "grove-person-item.h"
#include "grove-resources.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"
#include "grove-test-widgets.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  GtkWidget  *window;
  GtkWidget  *page;
} Fixture;

typedef struct {
  gboolean demo;
  int      width;
  int      height;
} Setup;

static const Setup with_demo = { TRUE, 1100, 720 };
/* Tall enough for a person's details without scrolling. */
static const Setup tall_with_demo = { TRUE, 1100, 1040 };
static const Setup wide_with_demo = { TRUE, 1600, 720 };
static const Setup narrow_with_demo = { TRUE, 360, 1040 };
static const Setup empty_database = { FALSE, 1100, 720 };

static GObject *
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (fixture->page, GROVE_TYPE_PEOPLE_PAGE, id);

  g_assert_nonnull (object);
  return object;
}

static GListModel *
people_model (Fixture *fixture)
{
  return G_LIST_MODEL (child (fixture, "person_selection"));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Setup *setup = data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = grove_test_mkdtemp ();
  path = g_build_filename (fixture->dir, "grove.db", NULL);
  fixture->store = grove_store_open (path, &error);
  g_assert_no_error (error);

  if (setup->demo)
    {
      GroveDemoOptions options;

      grove_demo_options_init (&options);
      g_assert_true (grove_demo_generate (fixture->store, &options, &error));
      g_assert_no_error (error);
    }

  fixture->page = grove_people_page_new ();
  grove_people_page_set_store (GROVE_PEOPLE_PAGE (fixture->page), fixture->store);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), setup->width, setup->height);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  grove_test_wait_for (grove_test_widget_is_mapped, fixture->page, "the page to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  grove_test_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 first = *(const gint64 *) a;
  gint64 second = *(const gint64 *) b;

  return first < second ? -1 : first > second;
}

/* The people's ids, sorted, to compare lists whatever their order. */
static GArray *
ids_of_model (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GrovePersonItem) item = g_list_model_get_item (model, i);
      gint64 id = grove_person_item_get_id (item);

      g_array_append_val (ids, id);
    }
  g_array_sort (ids, compare_ids);
  return ids;
}

static GArray *
ids_of_people (GPtrArray *people)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < people->len; i++)
    {
      const GrovePerson *person = g_ptr_array_index (people, i);

      g_array_append_val (ids, person->id);
    }
  g_array_sort (ids, compare_ids);
  return ids;
}

static void
assert_same_people (GListModel *model,
                    GPtrArray  *people)
{
  g_autoptr(GArray) shown = ids_of_model (model);
  g_autoptr(GArray) expected = ids_of_people (people);

  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpint (g_array_index (shown, gint64, i), ==, g_array_index (expected, gint64, i));
}

/* The tree row of the unit called @name. */
static guint
find_unit_row (Fixture    *fixture,
               const char *name)
{
  GListModel *rows = G_LIST_MODEL (child (fixture, "unit_selection"));
  guint n_items = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      GroveOrgUnitItem *unit = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (grove_org_unit_item_get_name (unit), name) == 0)
        {
          g_object_unref (unit);
          return i;
        }
      g_object_unref (unit);
    }

  g_assert_not_reached ();
}

typedef struct {
  GListModel *model;
  guint       n_items;
} CountQuery;

static gboolean
model_has_count (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n_items;
}

static void
wait_for_count (GListModel *model,
                guint       n_items)
{
  CountQuery query = { model, n_items };
  g_autofree char *what = g_strdup_printf ("%u rows", n_items);

  grove_test_wait_for (model_has_count, &query, what);
}

static void
test_organisation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  const GroveOrgUnit *organisation;
  GtkSingleSelection *unit_selection = GTK_SINGLE_SELECTION (child (fixture, "unit_selection"));

  units = grove_org_list_units (fixture->store, &error);
  g_assert_no_error (error);
  organisation = g_ptr_array_index (units, 0);
  g_assert_cmpint (organisation->kind, ==, GROVE_ORG_UNIT_ORGANISATION);

  /* Every unit is in the tree, opened out, and the organisation is chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unit_selection)), ==, units->len);
  g_assert_cmpuint (gtk_single_selection_get_selected (unit_selection), ==, 0);

  people = grove_org_list_people (fixture->store, 0, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, GROVE_DEMO_DEFAULT_PEOPLE);
  assert_same_people (people_model (fixture), people);

  grove_test_assert_label_on_screen (fixture->window, "Organisation");
  grove_test_assert_label_on_screen (fixture->window, organisation->name);
  grove_test_assert_label_on_screen (fixture->window, "60 people");
  /* The tree counts everyone below a unit. */
  grove_test_assert_label_on_screen (fixture->window, "60");
}

static void
test_select_team (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  GtkSingleSelection *unit_selection = GTK_SINGLE_SELECTION (child (fixture, "unit_selection"));
  guint n_teams = 0;

  units = grove_org_list_units (fixture->store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < units->len; i++)
    {
      const GroveOrgUnit *unit = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) people = NULL;
      g_autofree char *count = NULL;

      if (unit->kind == GROVE_ORG_UNIT_ORGANISATION)
        continue;

      gtk_single_selection_set_selected (unit_selection, find_unit_row (fixture, unit->name));
      people = grove_org_list_people (fixture->store, unit->id, TRUE, FALSE, &error);
      g_assert_no_error (error);
      assert_same_people (people_model (fixture), people);

      grove_test_assert_label_on_screen (fixture->window, unit->name);
      grove_test_assert_label_on_screen (fixture->window, grove_org_unit_kind_label (unit->kind));
      count = g_strdup_printf (people->len == 1 ? "%u person" : "%u people", people->len);
      grove_test_assert_label_on_screen (fixture->window, count);
      if (unit->kind == GROVE_ORG_UNIT_TEAM)
        {
          /* A team has no units below it: exactly its own people. */
          g_assert_cmpuint (people->len, ==, unit->n_people);
          n_teams++;
        }
    }

  g_assert_cmpuint (n_teams, ==, GROVE_DEMO_DEFAULT_TEAMS);
}

static gboolean
contains_folded (const char *text,
                 const char *folded)
{
  g_autofree char *text_folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  return text_folded != NULL && strstr (text_folded, folded) != NULL;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkEditable *entry = GTK_EDITABLE (child (fixture, "search_entry"));
  const GrovePerson *someone;
  g_autofree char *surname = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *count = NULL;
  guint expected = 0;

  people = grove_org_list_people (fixture->store, 0, FALSE, FALSE, &error);
  g_assert_no_error (error);
  someone = g_ptr_array_index (people, people->len / 2);
  surname = g_strdup (strrchr (someone->name, ' ') + 1);
  folded = g_utf8_casefold (surname, -1);

  for (guint i = 0; i < people->len; i++)
    {
      const GrovePerson *person = g_ptr_array_index (people, i);

      if (contains_folded (person->name, folded) || contains_folded (person->email, folded) ||
          contains_folded (person->grade, folded) || contains_folded (person->profession, folded) ||
          contains_folded (person->location, folded))
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, people->len);

  /* Case does not matter. */
  {
    g_autofree char *upper = g_utf8_strup (surname, -1);

    gtk_editable_set_text (entry, upper);
  }
  wait_for_count (people_model (fixture), expected);
  grove_test_assert_label_on_screen (fixture->window, someone->name);
  count = g_strdup_printf ("%u of %u people", expected, people->len);
  grove_test_assert_label_on_screen (fixture->window, count);

  /* A grade or a place finds people too. */
  gtk_editable_set_text (entry, "Cardiff");
  grove_test_settle (300);
  g_assert_cmpuint (g_list_model_get_n_items (people_model (fixture)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (people_model (fixture)); i++)
    {
      g_autoptr(GrovePersonItem) item = g_list_model_get_item (people_model (fixture), i);

      g_assert_cmpstr (grove_person_item_get_location (item), ==, "Cardiff");
    }

  gtk_editable_set_text (entry, "nobody-is-called-this");
  wait_for_count (people_model (fixture), 0);
  grove_test_assert_label_on_screen (fixture->window, "No Results Found");

  /* Escape in the entry clears the search. */
  g_signal_emit_by_name (entry, "stop-search");
  wait_for_count (people_model (fixture), people->len);
  grove_test_assert_label_on_screen (fixture->window, "60 people");
  g_assert_null (grove_test_find_label (fixture->window, "No Results Found"));
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child (fixture, "people_view"));
  GListModel *model = people_model (fixture);
  guint n_items = g_list_model_get_n_items (model);

  /* By name at first. */
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(GrovePersonItem) before = g_list_model_get_item (model, i - 1);
      g_autoptr(GrovePersonItem) after = g_list_model_get_item (model, i);
      g_autofree char *key_before = g_utf8_collate_key (grove_person_item_get_name (before), -1);
      g_autofree char *key_after = g_utf8_collate_key (grove_person_item_get_name (after), -1);

      g_assert_cmpstr (key_before, <=, key_after);
    }

  /* By grade, most senior first: by rank, not by the letters. */
  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (child (fixture, "grade_column")),
                                  GTK_SORT_DESCENDING);
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(GrovePersonItem) before = g_list_model_get_item (model, i - 1);
      g_autoptr(GrovePersonItem) after = g_list_model_get_item (model, i);

      g_assert_cmpint (grove_person_item_get_grade_rank (before), >=, grove_person_item_get_grade_rank (after));
    }
  {
    g_autoptr(GrovePersonItem) first = g_list_model_get_item (model, 0);
    g_autoptr(GrovePersonItem) last = g_list_model_get_item (model, n_items - 1);

    g_assert_cmpint (grove_person_item_get_grade_rank (first), >, grove_person_item_get_grade_rank (last));
  }
}

/* Someone with a line manager who has one too, so that the whole line shows. */
static guint
find_person_two_below_the_top (Fixture *fixture)
{
  GListModel *model = people_model (fixture);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GrovePersonItem) item = g_list_model_get_item (model, i);
      g_autoptr(GArray) chain = grove_org_get_manager_chain (fixture->store, grove_person_item_get_id (item), NULL);

      if (chain != NULL && chain->len >= 2)
        return i;
    }

  g_assert_not_reached ();
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  GObject *view = child (fixture, "people_view");
  GtkWidget *details = GTK_WIDGET (child (fixture, "details"));
  guint position = find_person_two_below_the_top (fixture);
  g_autoptr(GrovePersonItem) item = g_list_model_get_item (people_model (fixture), position);
  g_autoptr(GrovePerson) person = NULL;
  g_autoptr(GrovePerson) manager = NULL;
  g_autoptr(GArray) chain = NULL;
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  person = grove_org_get_person (fixture->store, grove_person_item_get_id (item), &error);
  g_assert_no_error (error);
  manager = grove_org_get_person (fixture->store, person->manager_id, &error);
  g_assert_no_error (error);
  chain = grove_org_get_manager_chain (fixture->store, person->id, &error);
  g_assert_no_error (error);

  /* What Return does on a row. */
  g_signal_emit_by_name (view, "activate", position);
  grove_test_assert_label_on_screen (details, person->name);
  grove_test_assert_label_on_screen (details, "Line Manager");
  grove_test_assert_label_on_screen (details, manager->name);
  grove_test_assert_label_on_screen (details, person->email);
  grove_test_assert_label_on_screen (details, person->location);

  for (guint i = 0; i < chain->len; i++)
    {
      g_autoptr(GrovePerson) above = grove_org_get_person (fixture->store, g_array_index (chain, gint64, i), NULL);

      if (i > 0)
        g_string_append (line, " → ");
      g_string_append (line, above->name);
    }
  grove_test_assert_label_on_screen (details, "Reports To");
  grove_test_assert_label_on_screen (details, line->str);

  /* The manager's direct reports include the person. */
  reports = grove_org_get_reports (fixture->store, manager->id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, >, 0);
}

/* On a wide window the details sit beside the list and follow the
 * selection without leaving it. */
static void
test_details_beside_list (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwLeaflet *content = ADW_LEAFLET (child (fixture, "content_leaflet"));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (child (fixture, "person_selection"));
  GtkWidget *details = GTK_WIDGET (child (fixture, "details"));
  g_autoptr(GrovePersonItem) first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_autoptr(GrovePersonItem) second = g_list_model_get_item (G_LIST_MODEL (selection), 1);

  g_assert_false (adw_leaflet_get_folded (content));
  grove_test_assert_label_on_screen (fixture->window, "No Person Selected");

  gtk_single_selection_set_selected (selection, 0);
  grove_test_assert_label_on_screen (details, grove_person_item_get_name (first));
  gtk_single_selection_set_selected (selection, 1);
  grove_test_assert_label_on_screen (details, grove_person_item_get_name (second));
  g_assert_null (grove_test_find_label (details, grove_person_item_get_name (first)));
  /* The list is still on screen. */
  grove_test_assert_label_on_screen (GTK_WIDGET (child (fixture, "people_view")), grove_person_item_get_name (first));
}

static gboolean
leaflet_is_still (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (ADW_LEAFLET (data));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (child (fixture, "leaflet"));
  AdwLeaflet *content = ADW_LEAFLET (child (fixture, "content_leaflet"));
  GObject *units_view = child (fixture, "units_view");
  GObject *people_view = child (fixture, "people_view");
  guint row = find_unit_row (fixture, "Human Resources");
  g_autoptr(GrovePersonItem) item = NULL;

  grove_test_settle (300);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_folded (content));
  grove_test_assert_label_on_screen (fixture->window, "Units");
  grove_test_assert_label_on_screen (fixture->window, "Private Office");

  /* A unit opens its people in place of the units... */
  g_signal_emit_by_name (units_view, "activate", row);
  grove_test_wait_for (leaflet_is_still, leaflet, "the move to the people");
  grove_test_assert_label_on_screen (fixture->window, "Team");
  grove_test_assert_label_on_screen (fixture->window, "Human Resources");
  grove_test_settle (300);
  g_assert_null (grove_test_find_label (fixture->window, "Private Office"));

  /* ...a person their details in place of the people... */
  item = g_list_model_get_item (people_model (fixture), 0);
  g_signal_emit_by_name (people_view, "activate", 0);
  grove_test_wait_for (leaflet_is_still, content, "the move to the details");
  grove_test_assert_label_on_screen (GTK_WIDGET (child (fixture, "details")), grove_person_item_get_name (item));
  grove_test_assert_label_on_screen (fixture->window, "Line Manager");

  /* ...and Escape steps back, one pane at a time. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "people.back", NULL));
  grove_test_wait_for (leaflet_is_still, content, "the move back to the people");
  grove_test_assert_label_on_screen (fixture->window, "Human Resources");
  g_assert_true (gtk_widget_activate_action (fixture->page, "people.back", NULL));
  grove_test_wait_for (leaflet_is_still, leaflet, "the move back to the units");
  grove_test_assert_label_on_screen (fixture->window, "Private Office");
}

static void
test_search_shortcut (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *entry = GTK_WIDGET (child (fixture, "search_entry"));
  GtkWidget *focus;

  gtk_widget_grab_focus (GTK_WIDGET (child (fixture, "units_view")));
  g_assert_true (gtk_widget_activate_action (fixture->page, "people.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static gboolean
empty_state_is_gone (gpointer data)
{
  return grove_test_find_label (GTK_WIDGET (data), "No People Yet") == NULL;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *button = GTK_WIDGET (child (fixture, "demo_button"));

  grove_test_assert_label_on_screen (fixture->window, "No People Yet");
  g_assert_true (grove_test_is_on_screen (button));
  g_assert_null (grove_test_find_label (fixture->window, "Units"));

  /* The button's action adds the demonstration and shows it. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "people.add-demo", NULL));
  grove_test_assert_label_on_screen (fixture->window, "60 people");
  g_assert_cmpuint (g_list_model_get_n_items (people_model (fixture)), ==, GROVE_DEMO_DEFAULT_PEOPLE);
  /* Once the cross-fade is over, however long a busy machine makes it. */
  grove_test_wait_for (empty_state_is_gone, fixture->window, "the empty state to go");
}

/* An HR extract brings the organisation in and shows it; a bad one is
 * explained and leaves nothing behind; the export reads back the same. */
static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = grove_test_write_file (fixture->dir, "people.csv",
                                                 "name,email,organisation,directorate,team,manager\r\n"
                                                 "Ann Lee,ann@example.test,Welsh Office,Policy,Skills,\r\n"
                                                 "Ben Ray,ben@example.test,Welsh Office,Policy,Skills,ann@example.test\r\n"
                                                 "Cai Hughes,cai@example.test,Welsh Office,,Private Office,ann@example.test\r\n",
                                                 -1);
  g_autofree char *bad = grove_test_write_file (fixture->dir, "bad.csv",
                                                "name,email,team\r\nDee Fox,dee@example.test,Skills\r\n"
                                                "Eve Gray,eve@example.test,Skills,extra\r\n", -1);
  g_autofree char *exported = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) export_file = g_file_new_for_path (exported);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (child (fixture, "import_button"))));
  g_assert_true (grove_people_page_import_file (GROVE_PEOPLE_PAGE (fixture->page), good_file, &error));
  g_assert_no_error (error);
  grove_test_assert_label_on_screen (fixture->window, "Welsh Office");
  grove_test_assert_label_on_screen (fixture->window, "3 people");
  g_assert_cmpuint (g_list_model_get_n_items (people_model (fixture)), ==, 3);
  g_assert_cmpint (grove_test_query_int (fixture->store, "SELECT count(*) FROM person WHERE manager_id IS NOT NULL"), ==, 2);

  /* The second row of the bad file is fine; the third is not: nothing of
   * it is kept, and the reason names the line. */
  g_assert_false (grove_people_page_import_file (GROVE_PEOPLE_PAGE (fixture->page), bad_file, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_suffix (error->message, "bad.csv:3: expected 3 fields, as in the header, found 4"));
  g_assert_cmpint (grove_test_query_int (fixture->store, "SELECT count(*) FROM person"), ==, 3);
  g_clear_error (&error);

  g_assert_true (grove_people_page_export_to (GROVE_PEOPLE_PAGE (fixture->page), export_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_file_mode (exported), ==, 0600);
  g_assert_true (g_file_get_contents (exported, &contents, NULL, NULL));
  expected = grove_people_export_csv (fixture->store, TRUE, &error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_nonnull (strstr (contents, "Ben Ray,ben@example.test,Welsh Office,Policy,Skills,ann@example.test,"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  grove_register_resource ();

  g_test_add ("/people/organisation", Fixture, &with_demo, fixture_set_up, test_organisation, fixture_tear_down);
  g_test_add ("/people/select-team", Fixture, &with_demo, fixture_set_up, test_select_team, fixture_tear_down);
  g_test_add ("/people/search", Fixture, &with_demo, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/people/search-shortcut", Fixture, &with_demo, fixture_set_up, test_search_shortcut, fixture_tear_down);
  g_test_add ("/people/sort", Fixture, &with_demo, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/people/details", Fixture, &tall_with_demo, fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/people/details-beside-list", Fixture, &wide_with_demo, fixture_set_up, test_details_beside_list, fixture_tear_down);
  g_test_add ("/people/narrow", Fixture, &narrow_with_demo, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/people/empty", Fixture, &empty_database, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/people/import-export", Fixture, &empty_database, fixture_set_up, test_import_export, fixture_tear_down);

  return g_test_run ();
}
