/* test-coaching-page.c: the Coaching page, on a real (virtual) display
 *
 * Each test makes its own database with the demonstration organisation in
 * it and shows the page in a window of its own; what the page lists is
 * compared with the rows of the same database, and what its buttons do with
 * the rows they write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "grove-coaching.h"
#include "grove-coaching-page.h"
#include "grove-coaching-row.h"
#include "grove-demo.h"
#include "grove-relationship.h"
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
  int width;
  int height;
} Setup;

static const Setup wide = { 1400, 900 };
static const Setup narrow = { 360, 720 };

static GObject *
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (fixture->page, GROVE_TYPE_COACHING_PAGE, id);

  g_assert_nonnull (object);
  return object;
}

static GListModel *
view_model (Fixture    *fixture,
            const char *view)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (child (fixture, view))));
}

static guint
n_rows (Fixture    *fixture,
        const char *view)
{
  return g_list_model_get_n_items (view_model (fixture, view));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Setup *setup = data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  fixture->dir = grove_test_mkdtemp ();
  path = g_build_filename (fixture->dir, "grove.db", NULL);
  fixture->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (fixture->store, &options, &error));
  g_assert_no_error (error);

  fixture->page = grove_coaching_page_new ();
  grove_coaching_page_set_store (GROVE_COACHING_PAGE (fixture->page), fixture->store);

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

static void
run_matching (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.run", NULL));
  grove_test_settle (100);
}

static GroveCoachingRow *
first_proposal (Fixture *fixture)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (view_model (fixture, "proposals_view"));

  gtk_single_selection_set_selected (selection, 0);
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  return gtk_single_selection_get_selected_item (selection);
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  guint coaches = grove_test_query_int (fixture->store, "SELECT count(*) FROM coach");
  guint requests = grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_request");
  guint relationships = grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_relationship");

  g_assert_cmpuint (coaches, >, 0);
  g_assert_cmpuint (requests, >, 0);
  g_assert_cmpuint (relationships, >, 0);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches);
  g_assert_cmpuint (n_rows (fixture, "requests_view"), ==, requests);
  g_assert_cmpuint (n_rows (fixture, "relationships_view"), ==, relationships);
  grove_test_assert_label_on_screen (fixture->window, "Pool");
}

/* The search narrows every list to the rows that mention it. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GroveCoachingRow) row = g_list_model_get_item (view_model (fixture, "pool_view"), 0);
  const char *name = grove_coaching_row_get_text (row, 0);
  guint coaches = n_rows (fixture, "pool_view");

  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "search_entry")), name);
  grove_test_settle (400);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), >=, 1);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), <, coaches);
  for (guint i = 0; i < n_rows (fixture, "pool_view"); i++)
    {
      g_autoptr(GroveCoachingRow) shown = g_list_model_get_item (view_model (fixture, "pool_view"), i);

      g_assert_true (grove_coaching_row_matches (shown, g_utf8_casefold (name, -1)));
    }

  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "search_entry")), "");
  grove_test_settle (400);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches);
}

/* The page proposes what the core's run over the same waiting list does,
 * and every waiting request is either proposed or said why it waits. */
static void
test_run (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveMatchRun) run = grove_coaching_match (fixture->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);
  guint waiting = grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_request WHERE status = 0");

  g_assert_no_error (error);
  g_assert_cmpuint (run->proposals->len, >, 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "accept_button"))));

  run_matching (fixture);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (child (fixture, "view_stack"))), ==, "proposals");
  g_assert_cmpuint (n_rows (fixture, "proposals_view"), ==, run->proposals->len);
  g_assert_cmpuint (n_rows (fixture, "unmatched_view"), ==, run->unmatched->len);
  g_assert_cmpuint (n_rows (fixture, "proposals_view") + n_rows (fixture, "unmatched_view"), ==, waiting);
  for (guint i = 0; i < run->proposals->len; i++)
    {
      GroveProposal *proposal = g_ptr_array_index (run->proposals, i);
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (view_model (fixture, "proposals_view"), i);

      g_assert_cmpint (grove_coaching_row_get_id (row), ==, proposal->request_id);
      g_assert_cmpint (grove_coaching_row_get_other_id (row), ==, proposal->coach_id);
    }
  first_proposal (fixture);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "accept_button"))));
}

static void
test_accept (Fixture       *fixture,
             gconstpointer  data)
{
  guint relationships = grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_relationship");
  guint proposals;
  gint64 request_id, coach_id;
  g_autofree char *sql = NULL;

  run_matching (fixture);
  proposals = n_rows (fixture, "proposals_view");
  request_id = grove_coaching_row_get_id (first_proposal (fixture));
  coach_id = grove_coaching_row_get_other_id (first_proposal (fixture));
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.accept", NULL));
  grove_test_settle (100);

  sql = g_strdup_printf ("SELECT count(*) FROM coaching_relationship WHERE request_id = %" G_GINT64_FORMAT
                         " AND coach_id = %" G_GINT64_FORMAT " AND status = 0", request_id, coach_id);
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, 1);
  g_assert_cmpuint (n_rows (fixture, "relationships_view"), ==, relationships + 1);
  g_assert_cmpuint (n_rows (fixture, "proposals_view"), ==, proposals - 1);
}

/* Accept All starts one relationship for each proposal shown. */
static void
test_accept_all (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *count_sql = "SELECT count(*) FROM coaching_relationship";
  guint relationships = grove_test_query_int (fixture->store, count_sql);
  guint proposals;

  run_matching (fixture);
  proposals = n_rows (fixture, "proposals_view");
  g_assert_cmpuint (proposals, >, 1);
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.accept-all", NULL));
  grove_test_settle (100);

  g_assert_cmpint (grove_test_query_int (fixture->store, count_sql), ==, relationships + proposals);
  g_assert_cmpuint (n_rows (fixture, "relationships_view"), ==, relationships + proposals);
  g_assert_cmpuint (n_rows (fixture, "proposals_view"), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "accept_all_button"))));
}

static void
test_reject (Fixture       *fixture,
             gconstpointer  data)
{
  const char *count_sql = "SELECT count(*) FROM coaching_exclusion";
  guint exclusions = grove_test_query_int (fixture->store, count_sql);
  gint64 request_id, coach_id;
  g_autofree char *sql = NULL;

  run_matching (fixture);
  request_id = grove_coaching_row_get_id (first_proposal (fixture));
  coach_id = grove_coaching_row_get_other_id (first_proposal (fixture));
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.reject", NULL));
  grove_test_settle (100);

  g_assert_cmpint (grove_test_query_int (fixture->store, count_sql), ==, exclusions + 1);
  sql = g_strdup_printf ("SELECT count(*) FROM coaching_exclusion e"
                         " JOIN coaching_request r ON r.person_id = e.coachee_id"
                         " JOIN coach c ON c.person_id = e.coach_id"
                         " WHERE r.id = %" G_GINT64_FORMAT " AND c.id = %" G_GINT64_FORMAT,
                         request_id, coach_id);
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, 1);
  g_assert_cmpint (grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_relationship"), ==,
                   n_rows (fixture, "relationships_view"));
}

static void
test_lock (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GroveCoachingRow) row = NULL;
  g_autofree char *sql = NULL;
  gint64 request_id, coach_id;

  run_matching (fixture);
  request_id = grove_coaching_row_get_id (first_proposal (fixture));
  coach_id = grove_coaching_row_get_other_id (first_proposal (fixture));
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.lock", NULL));
  grove_test_settle (100);

  sql = g_strdup_printf ("SELECT coach_id FROM coaching_lock WHERE request_id = %" G_GINT64_FORMAT, request_id);
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, coach_id);
  row = g_list_model_get_item (view_model (fixture, "proposals_view"), 0);
  g_assert_cmpstr (grove_coaching_row_get_text (row, 3), ==, "Locked");
}

/* The first relationship that is not closed, chosen; its position. */
static guint
choose_open_relationship (Fixture *fixture)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (view_model (fixture, "relationships_view"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (grove_coaching_row_get_other_id (row) != GROVE_RELATIONSHIP_CLOSED)
        {
          gtk_single_selection_set_selected (selection, i);
          return i;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
open_log_dialog (Fixture *fixture)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.log-session", NULL));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  grove_test_settle (200);
  return dialog;
}

/* The log lists the relationship's sessions as the database has them, and a
 * logged session is one more row there and in the log. */
static void
test_log_session (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GroveCoachingRow) relationship = NULL;
  g_autofree char *count_sql = NULL;
  g_autofree char *minutes_sql = NULL;
  GtkWidget *dialog;
  GtkWidget *minutes;
  guint sessions;

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "log_button"))));
  relationship = g_list_model_get_item (view_model (fixture, "relationships_view"),
                                        choose_open_relationship (fixture));
  count_sql = g_strdup_printf ("SELECT count(*) FROM coaching_session WHERE relationship_id = %" G_GINT64_FORMAT,
                               grove_coaching_row_get_id (relationship));
  sessions = grove_test_query_int (fixture->store, count_sql);
  g_assert_cmpuint (n_rows (fixture, "sessions_view"), ==, sessions);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "log_button"))));

  dialog = open_log_dialog (fixture);
  minutes = grove_test_find_widget_of_type (dialog, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), 45);
  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "log");
  gtk_window_close (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, (gpointer) ADW_TYPE_MESSAGE_DIALOG, "the dialog to close");

  g_assert_cmpint (grove_test_query_int (fixture->store, count_sql), ==, sessions + 1);
  minutes_sql = g_strdup_printf ("SELECT minutes FROM coaching_session WHERE relationship_id = %" G_GINT64_FORMAT
                                 " ORDER BY id DESC LIMIT 1", grove_coaching_row_get_id (relationship));
  g_assert_cmpint (grove_test_query_int (fixture->store, minutes_sql), ==, 45);
  g_assert_cmpuint (n_rows (fixture, "sessions_view"), ==, sessions + 1);
}

/* A day that is not a date cannot be logged: the dialog says so at once. */
static void
test_log_session_bad_date (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *dialog;
  GtkWidget *date;
  guint sessions = grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_session");

  choose_open_relationship (fixture);
  dialog = open_log_dialog (fixture);
  date = grove_test_find_widget_of_type (dialog, GTK_TYPE_ENTRY);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "log"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "log"));
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-28");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "log"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, (gpointer) ADW_TYPE_MESSAGE_DIALOG, "the dialog to close");
  g_assert_cmpint (grove_test_query_int (fixture->store, "SELECT count(*) FROM coaching_session"), ==, sessions);
}

/* Closing stores the evaluation and ends the relationship, which can then
 * take no more sessions. */
static void
test_close_relationship (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GroveCoachingRow) relationship = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *dialog;
  GtkWidget *rating;

  relationship = g_list_model_get_item (view_model (fixture, "relationships_view"),
                                        choose_open_relationship (fixture));
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.close-relationship", NULL));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  rating = grove_test_find_widget_of_type (dialog, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rating), 3);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, (gpointer) ADW_TYPE_MESSAGE_DIALOG, "the dialog to close");

  sql = g_strdup_printf ("SELECT status * 10 + rating FROM coaching_relationship WHERE id = %" G_GINT64_FORMAT,
                         grove_coaching_row_get_id (relationship));
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, GROVE_RELATIONSHIP_CLOSED * 10 + 3);
  /* Still chosen, now closed: nothing more can be logged in it. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "log_button"))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "close_button"))));
}

/* Each filter of the pool leaves the coaches the database says it should,
 * and they combine with each other. */
static void
test_pool_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkDropDown *role = GTK_DROP_DOWN (child (fixture, "role_filter"));
  GtkCheckButton *free_seats = GTK_CHECK_BUTTON (child (fixture, "free_filter"));
  GtkCheckButton *welsh = GTK_CHECK_BUTTON (child (fixture, "welsh_filter"));
  const char *free_sql = "SELECT count(*) FROM coach c WHERE capacity >"
                         " (SELECT count(*) FROM coaching_relationship r WHERE r.coach_id = c.id AND r.status < 2)";
  const char *welsh_sql = "SELECT count(*) FROM coach c JOIN person_language l ON l.person_id = c.person_id"
                          " WHERE l.language = 'Welsh'";
  guint mentors = grove_test_query_int (fixture->store, "SELECT count(*) FROM coach WHERE roles & 2");
  guint coaches = grove_test_query_int (fixture->store, "SELECT count(*) FROM coach WHERE roles & 1");
  guint all = n_rows (fixture, "pool_view");

  /* Each filter must leave some out, or it tests nothing. */
  g_assert_cmpuint (mentors, <, all);
  g_assert_cmpuint (coaches, <, all);
  g_assert_cmpuint (grove_test_query_int (fixture->store, welsh_sql), <, all);
  g_assert_cmpuint (grove_test_query_int (fixture->store, free_sql), <, all);

  gtk_drop_down_set_selected (role, 2);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, mentors);
  gtk_drop_down_set_selected (role, 1);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches);
  gtk_drop_down_set_selected (role, 0);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, all);

  gtk_check_button_set_active (free_seats, TRUE);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, grove_test_query_int (fixture->store, free_sql));
  gtk_check_button_set_active (free_seats, FALSE);
  gtk_check_button_set_active (welsh, TRUE);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, grove_test_query_int (fixture->store, welsh_sql));

  gtk_drop_down_set_selected (role, 2);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==,
                    grove_test_query_int (fixture->store, "SELECT count(*) FROM coach c JOIN person_language l"
                                          " ON l.person_id = c.person_id WHERE l.language = 'Welsh' AND roles & 2"));
  /* Reading the pool again keeps the filters applied. */
  grove_coaching_page_reload (GROVE_COACHING_PAGE (fixture->page));
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==,
                    grove_test_query_int (fixture->store, "SELECT count(*) FROM coach c JOIN person_language l"
                                          " ON l.person_id = c.person_id WHERE l.language = 'Welsh' AND roles & 2"));
}

/* The dialogs name their fields, and toasts their buttons by label. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             const char *name,
             const char *button_label)
{
  if (name != NULL ? g_strcmp0 (gtk_widget_get_name (widget), name) == 0
                   : GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), button_label) == 0
                     && grove_test_is_on_screen (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, name, button_label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
undo_is_shown (gpointer window)
{
  return find_widget (window, NULL, "_Undo") != NULL;
}

static guint
string_position (GtkWidget  *drop_down,
                 const char *text)
{
  GListModel *strings = gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down));

  for (guint i = 0; i < g_list_model_get_n_items (strings); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (strings, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        return i;
    }
  g_assert_not_reached ();
}

/* A pair added with its reason is listed and stored; removing it lets it be
 * proposed again, and Undo keeps it apart again with the same reason. */
static void
test_exclusions (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *count_sql = "SELECT count(*) FROM coaching_exclusion";
  guint exclusions = grove_test_query_int (fixture->store, count_sql);
  g_autoptr(GroveCoachingRow) coach = g_list_model_get_item (view_model (fixture, "pool_view"), 0);
  g_autoptr(GroveCoachingRow) request = g_list_model_get_item (view_model (fixture, "requests_view"), 0);
  g_autofree char *sql = NULL;
  GtkWidget *dialog, *coachee_list, *coach_list, *undo;
  GtkSingleSelection *selection;

  g_assert_cmpuint (n_rows (fixture, "exclusions_view"), ==, exclusions);
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.add-exclusion", NULL));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  coachee_list = find_widget (dialog, "coachee", NULL);
  coach_list = find_widget (dialog, "coach", NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (coachee_list),
                              string_position (coachee_list, grove_coaching_row_get_text (coach, 0)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (coach_list),
                              string_position (coach_list, grove_coaching_row_get_text (coach, 0)));
  /* The same person twice is refused at once. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (coachee_list),
                              string_position (coachee_list, grove_coaching_row_get_text (request, 0)));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, "reason", NULL)), "Same project board");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  gtk_window_close (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, (gpointer) ADW_TYPE_MESSAGE_DIALOG, "the dialog to close");

  sql = g_strdup_printf ("SELECT count(*) FROM coaching_exclusion WHERE reason = 'Same project board'"
                         " AND coach_id = %" G_GINT64_FORMAT, grove_coaching_row_get_other_id (coach));
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, 1);
  g_assert_cmpint (grove_test_query_int (fixture->store, count_sql), ==, exclusions + 1);
  g_assert_cmpuint (n_rows (fixture, "exclusions_view"), ==, exclusions + 1);

  /* Removed, then back with its reason. */
  selection = GTK_SINGLE_SELECTION (view_model (fixture, "exclusions_view"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_str_equal (grove_coaching_row_get_text (row, 2), "Same project board"))
        gtk_single_selection_set_selected (selection, i);
    }
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.remove-exclusion", NULL));
  grove_test_settle (300);
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, 0);
  g_assert_cmpuint (n_rows (fixture, "exclusions_view"), ==, exclusions);
  grove_test_wait_for (undo_is_shown, fixture->window, "the toast’s Undo");
  undo = find_widget (fixture->window, NULL, "_Undo");
  g_assert_true (gtk_widget_activate (undo));
  grove_test_settle (300);
  g_assert_cmpint (grove_test_query_int (fixture->store, sql), ==, 1);
  g_assert_cmpuint (n_rows (fixture, "exclusions_view"), ==, exclusions + 1);
}

/* A withdrawn request's proposal goes from the run, which could not start
 * it any more. */
static void
test_withdraw_drops_proposal (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkSingleSelection *requests = GTK_SINGLE_SELECTION (view_model (fixture, "requests_view"));
  guint proposals;
  gint64 request_id;

  run_matching (fixture);
  proposals = n_rows (fixture, "proposals_view");
  request_id = grove_coaching_row_get_id (first_proposal (fixture));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (requests)); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (G_LIST_MODEL (requests), i);

      if (grove_coaching_row_get_id (row) == request_id)
        gtk_single_selection_set_selected (requests, i);
    }
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.withdraw-request", NULL));
  grove_test_settle (100);

  g_assert_cmpuint (n_rows (fixture, "proposals_view"), ==, proposals - 1);
  for (guint i = 0; i < n_rows (fixture, "proposals_view"); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (view_model (fixture, "proposals_view"), i);

      g_assert_cmpint (grove_coaching_row_get_id (row), !=, request_id);
    }
}

/* On a phone-sized window the tables scroll rather than widen the page. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  run_matching (fixture);
  grove_test_settle (300);
  g_assert_cmpint (gtk_widget_get_width (fixture->page), <=, 360);
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (child (fixture, "accept_button"))));
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (child (fixture, "run_button"))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  grove_register_resource ();

  g_test_add ("/coaching/lists", Fixture, &wide, fixture_set_up, test_lists, fixture_tear_down);
  g_test_add ("/coaching/search", Fixture, &wide, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/coaching/run", Fixture, &wide, fixture_set_up, test_run, fixture_tear_down);
  g_test_add ("/coaching/accept", Fixture, &wide, fixture_set_up, test_accept, fixture_tear_down);
  g_test_add ("/coaching/accept-all", Fixture, &wide, fixture_set_up, test_accept_all, fixture_tear_down);
  g_test_add ("/coaching/reject", Fixture, &wide, fixture_set_up, test_reject, fixture_tear_down);
  g_test_add ("/coaching/lock", Fixture, &wide, fixture_set_up, test_lock, fixture_tear_down);
  g_test_add ("/coaching/log-session", Fixture, &wide, fixture_set_up, test_log_session, fixture_tear_down);
  g_test_add ("/coaching/log-session-bad-date", Fixture, &wide, fixture_set_up, test_log_session_bad_date, fixture_tear_down);
  g_test_add ("/coaching/close-relationship", Fixture, &wide, fixture_set_up, test_close_relationship, fixture_tear_down);
  g_test_add ("/coaching/pool-filters", Fixture, &wide, fixture_set_up, test_pool_filters, fixture_tear_down);
  g_test_add ("/coaching/exclusions", Fixture, &wide, fixture_set_up, test_exclusions, fixture_tear_down);
  g_test_add ("/coaching/withdraw-drops-proposal", Fixture, &wide, fixture_set_up, test_withdraw_drops_proposal,
              fixture_tear_down);
  g_test_add ("/coaching/narrow", Fixture, &narrow, fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
