/* test-coaching-edit.c: keeping the pool and the waiting list from the
 * Coaching page, on a real (virtual) display
 *
 * Each test opens the demonstration organisation in a window of its own,
 * works the dialogs and toasts as a coordinator would, and compares the
 * rows they write with what it asked for.
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

/* @sql with its one "?" replaced by @id. */
static gint64
query (Fixture    *fixture,
       const char *sql,
       gint64      id)
{
  g_auto(GStrv) parts = g_strsplit (sql, "?", 2);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *full = g_strjoin (number, parts[0], parts[1], NULL);

  g_assert_nonnull (parts[1]);
  return grove_test_query_int (fixture->store, full);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
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
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
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

static GtkWidget *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *found = grove_test_find_named (dialog, name);

  g_assert_nonnull (found);
  return found;
}

static void
set_text (GtkWidget  *dialog,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static GtkWidget *
open_dialog (Fixture    *fixture,
             const char *action)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (fixture->page, action, NULL));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  grove_test_settle (200);
  return dialog;
}

/* As its button does: the response, then the dialog closes. */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, (gpointer) ADW_TYPE_MESSAGE_DIALOG, "the dialog to close");
  grove_test_settle (100);
}

/* Chooses the row of @view whose id is @id. */
static void
choose_row (Fixture    *fixture,
            const char *view,
            gint64      id)
{
  GListModel *model = view_model (fixture, view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (model, i);

      if (grove_coaching_row_get_id (row) == id)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          return;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      grove_test_is_on_screen (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_labelled (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
undo_is_shown (gpointer window)
{
  return find_button_labelled (window, "_Undo") != NULL;
}

static void
click_undo (Fixture *fixture)
{
  GtkWidget *undo;

  grove_test_wait_for (undo_is_shown, fixture->window, "the toast’s Undo");
  undo = find_button_labelled (fixture->window, "_Undo");
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_activate (undo));
  grove_test_settle (300);
}

/* The pool */

/* The person list offers only who is not in the pool; what the dialog is
 * given is what the coach and the person's record then say. */
static void
test_add_coach (Fixture       *fixture,
                gconstpointer  data)
{
  guint coaches = n_rows (fixture, "pool_view");
  GtkWidget *dialog = open_dialog (fixture, "coaching.add-coach");
  GtkWidget *person = field (dialog, "person");
  GListModel *people = gtk_drop_down_get_model (GTK_DROP_DOWN (person));
  g_autofree char *name = NULL;
  gint64 person_id, coach_id;

  g_assert_cmpint (g_list_model_get_n_items (people), ==,
                   grove_test_query_int (fixture->store, "SELECT count(*) FROM person WHERE archived = 0"
                                         " AND id NOT IN (SELECT person_id FROM coach)"));
  /* Nobody chosen yet: nothing to add, and the dialog says why. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (gtk_widget_get_visible (field (dialog, "problem")));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (person), 0);
  name = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (person)))));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (dialog, "role")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (dialog, "capacity")), 4);
  set_text (dialog, "specialisms", "leadership, change");
  set_text (dialog, "languages", "Welsh, English");
  set_text (dialog, "location", "Bangor");
  set_text (dialog, "accreditation", "ICF ACC");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "in-person")), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "remote")), FALSE);
  /* Neither way of meeting is refused at once. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "remote")), TRUE);
  g_assert_false (gtk_widget_get_visible (field (dialog, "problem")));
  respond (dialog, "save");

  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches + 1);
  coach_id = grove_test_query_int (fixture->store, "SELECT max(id) FROM coach");
  person_id = query (fixture, "SELECT person_id FROM coach WHERE id = ?", coach_id);
  g_assert_cmpint (query (fixture, "SELECT roles * 1000 + capacity * 100 + remote * 10 + in_person FROM coach"
                          " WHERE accreditation = 'ICF ACC' AND active = 1 AND id = ?", coach_id),
                   ==, GROVE_MATCH_ROLE_MENTOR * 1000 + 410);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coach_specialism WHERE specialism IN ('leadership', 'change')"
                          " AND coach_id = ?", coach_id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM person_language WHERE language IN ('Welsh', 'English')"
                          " AND person_id = ?", person_id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT location = 'Bangor' FROM person WHERE id = ?", person_id), ==, 1);
  /* The new coach is chosen, and named on screen. */
  g_assert_cmpint (grove_coaching_row_get_id (gtk_single_selection_get_selected_item (
                     GTK_SINGLE_SELECTION (view_model (fixture, "pool_view")))), ==, coach_id);
  {
    g_autofree char *toast = g_strdup_printf ("%s was added to the pool", name);

    grove_test_settle (300);
    grove_test_assert_label_on_screen (fixture->window, toast);
  }
}

/* Editing starts from what is stored, refuses fewer seats than are taken
 * and keeps what the dialog does not show. */
static void
test_edit_coach (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 coach_id = grove_test_query_int (fixture->store,
    "SELECT coach_id FROM coaching_relationship WHERE status < 2 GROUP BY coach_id ORDER BY count(*) DESC LIMIT 1");
  gint64 used = query (fixture, "SELECT count(*) FROM coaching_relationship WHERE status < 2 AND coach_id = ?", coach_id);
  gint64 availability = query (fixture, "SELECT availability FROM coach WHERE id = ?", coach_id);
  GtkWidget *dialog;
  GtkWidget *capacity;

  g_assert_cmpint (used, >, 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "edit_coach_button"))));
  choose_row (fixture, "pool_view", coach_id);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "edit_coach_button"))));
  dialog = open_dialog (fixture, "coaching.edit-coach");
  g_assert_null (grove_test_find_named (dialog, "person"));
  capacity = field (dialog, "capacity");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (capacity)), ==,
                   query (fixture, "SELECT capacity FROM coach WHERE id = ?", coach_id));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (capacity), used - 1);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (gtk_widget_get_visible (field (dialog, "problem")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (capacity), used + 3);
  set_text (dialog, "specialisms", "negotiation");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "active")), FALSE);
  respond (dialog, "save");

  g_assert_cmpint (query (fixture, "SELECT capacity FROM coach WHERE active = 0 AND id = ?", coach_id), ==, used + 3);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coach_specialism WHERE coach_id = ?", coach_id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coach_specialism WHERE specialism = 'negotiation'"
                          " AND coach_id = ?", coach_id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT availability FROM coach WHERE id = ?", coach_id), ==, availability);

  /* Activating a row (a double-click, or Enter) opens the same dialog. */
  g_signal_emit_by_name (child (fixture, "pool_view"), "activate", 0);
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (field (dialog, "capacity"));
  respond (dialog, "cancel");
}

/* Removed, then put back by the toast's Undo with the same id and
 * settings. */
static void
test_remove_coach_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *settings = "SELECT roles * 100 + capacity + (SELECT count(*) FROM coach_specialism s"
                         " WHERE s.coach_id = c.id) * 1000 FROM coach c WHERE id = ?";
  guint coaches = n_rows (fixture, "pool_view");
  gint64 coach_id = grove_test_query_int (fixture->store,
    "SELECT id FROM coach WHERE id NOT IN (SELECT coach_id FROM coaching_relationship) ORDER BY id LIMIT 1");
  gint64 before;

  g_assert_cmpint (coach_id, >, 0);
  before = query (fixture, settings, coach_id);
  g_assert_cmpint (before, >=, 1000);
  choose_row (fixture, "pool_view", coach_id);
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.remove-coach", NULL));
  grove_test_settle (100);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coach WHERE id = ?", coach_id), ==, 0);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches - 1);

  click_undo (fixture);
  g_assert_cmpint (query (fixture, settings, coach_id), ==, before);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches);
}

/* A coach with current relationships stays, and the toast says why. */
static void
test_remove_coach_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 coach_id = grove_test_query_int (fixture->store,
    "SELECT coach_id FROM coaching_relationship WHERE status < 2 ORDER BY coach_id LIMIT 1");
  gint64 used = query (fixture, "SELECT count(*) FROM coaching_relationship WHERE status < 2 AND coach_id = ?", coach_id);
  guint coaches = n_rows (fixture, "pool_view");
  GroveCoachingRow *row;
  g_autofree char *message = NULL;
  const char *name;

  choose_row (fixture, "pool_view", coach_id);
  row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (view_model (fixture, "pool_view")));
  name = grove_coaching_row_get_text (row, 0);
  message = g_strdup_printf (used == 1 ? "%s has %d current relationship: close it first, or mark %s inactive so that"
                                         " no new one starts."
                                       : "%s has %d current relationships: close them first, or mark %s inactive so"
                                         " that no new one starts.", name, (int) used, name);
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.remove-coach", NULL));
  grove_test_settle (300);
  grove_test_assert_label_on_screen (fixture->window, message);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coach WHERE id = ?", coach_id), ==, 1);
  g_assert_cmpuint (n_rows (fixture, "pool_view"), ==, coaches);
  g_assert_null (find_button_labelled (fixture->window, "_Undo"));
}

/* The waiting list */

/* The position of @name in a dialog's person list. */
static guint
person_position (GtkWidget  *person,
                 const char *name)
{
  GListModel *people = gtk_drop_down_get_model (GTK_DROP_DOWN (person));

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (people, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        return i;
    }
  g_assert_not_reached ();
}

/* The first request still waiting, chosen; its id. */
static gint64
choose_waiting_request (Fixture *fixture)
{
  GListModel *model = view_model (fixture, "requests_view");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (model, i);

      if (grove_coaching_row_get_other_id (row) == GROVE_REQUEST_WAITING)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          return grove_coaching_row_get_id (row);
        }
    }
  g_assert_not_reached ();
}

/* Someone already waiting for the same help is refused in the dialog;
 * a new request is stored with what it wants and needs. */
static void
test_add_request (Fixture       *fixture,
                  gconstpointer  data)
{
  guint requests = n_rows (fixture, "requests_view");
  gint64 waiting_id = choose_waiting_request (fixture);
  GroveCoachingRow *waiting = gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (view_model (fixture, "requests_view")));
  g_autofree char *name = g_strdup (grove_coaching_row_get_text (waiting, 0));
  gint64 kind = query (fixture, "SELECT kind FROM coaching_request WHERE id = ?", waiting_id);
  GtkWidget *dialog = open_dialog (fixture, "coaching.add-request");
  GtkWidget *person = field (dialog, "person");
  gint64 id;

  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (person), person_position (person, name));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (dialog, "kind")), kind);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  g_assert_true (gtk_widget_get_visible (field (dialog, "problem")));
  /* The other kind of help is another request. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (dialog, "kind")), 1 - kind);
  g_assert_false (gtk_widget_get_visible (field (dialog, "problem")));
  set_text (dialog, "goals", "Lead a bigger team");
  set_text (dialog, "specialisms", "Leadership, Resilience");
  set_text (dialog, "languages", "Welsh");
  respond (dialog, "add");

  g_assert_cmpuint (n_rows (fixture, "requests_view"), ==, requests + 1);
  id = grove_test_query_int (fixture->store, "SELECT max(id) FROM coaching_request");
  g_assert_cmpint (query (fixture, "SELECT kind FROM coaching_request WHERE status = 0"
                          " AND goals = 'Lead a bigger team' AND requested = date ('now', 'localtime') AND id = ?", id),
                   ==, 1 - kind);
  g_assert_cmpint (query (fixture, "SELECT person_id FROM coaching_request WHERE id = ?", id), ==,
                   query (fixture, "SELECT person_id FROM coaching_request WHERE id = ?", waiting_id));
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM request_specialism WHERE specialism IN"
                          " ('Leadership', 'Resilience') AND request_id = ?", id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM request_language WHERE language = 'Welsh'"
                          " AND request_id = ?", id), ==, 1);
}

/* Withdrawn, then put back by Undo in its place, with what it needs. */
static void
test_withdraw_request_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *settings = "SELECT kind * 1000 + front * 100 + (SELECT count(*) FROM request_language l"
                         " WHERE l.request_id = q.id) * 10 + (SELECT count(*) FROM request_specialism s"
                         " WHERE s.request_id = q.id) FROM coaching_request q WHERE status = 0 AND id = ?";
  guint requests = n_rows (fixture, "requests_view");
  gint64 id = choose_waiting_request (fixture);
  gint64 before = query (fixture, settings, id);

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "withdraw_button"))));
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.withdraw-request", NULL));
  grove_test_settle (100);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coaching_request WHERE id = ?", id), ==, 0);
  g_assert_cmpuint (n_rows (fixture, "requests_view"), ==, requests - 1);

  click_undo (fixture);
  g_assert_cmpint (query (fixture, settings, id), ==, before);
  g_assert_cmpuint (n_rows (fixture, "requests_view"), ==, requests);
}

/* A matched request has a relationship: it is closed, not withdrawn. */
static void
test_withdraw_matched (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = grove_test_query_int (fixture->store, "SELECT id FROM coaching_request WHERE status = 1 LIMIT 1");

  g_assert_cmpint (id, >, 0);
  choose_row (fixture, "requests_view", id);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "withdraw_button"))));
}

/* Relationships */

/* An active relationship with a session logged, chosen; its id. */
static gint64
choose_relationship_with_session (Fixture *fixture)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* A new one, as a coordinator starts it: the first proposal, accepted. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.run", NULL));
  grove_test_settle (100);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (view_model (fixture, "proposals_view")), 0);
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.accept", NULL));
  grove_test_settle (100);
  id = grove_test_query_int (fixture->store, "SELECT max(id) FROM coaching_relationship WHERE status = 0 AND fit = 0");
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coaching_session WHERE relationship_id = ?", id), ==, 0);

  /* Not before the first session. */
  choose_row (fixture, "relationships_view", id);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "fit_button"))));
  g_assert_cmpint (grove_relationship_log_session (fixture->store, id, today, 60, NULL, &error), >, 0);
  g_assert_no_error (error);
  grove_coaching_page_reload (GROVE_COACHING_PAGE (fixture->page));
  choose_row (fixture, "relationships_view", id);
  return id;
}

static void
answer_fit (Fixture    *fixture,
            const char *response)
{
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "fit_button"))));
  respond (open_dialog (fixture, "coaching.check-fit"), response);
}

/* A poor fit ends the relationship, keeps the pair apart and puts the
 * request first on the waiting list. */
static void
test_fit_poor (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = choose_relationship_with_session (fixture);
  gint64 request = query (fixture, "SELECT request_id FROM coaching_relationship WHERE id = ?", id);
  g_autoptr(GroveCoachingRow) first = NULL;

  answer_fit (fixture, "poor");
  g_assert_cmpint (query (fixture, "SELECT status * 10 + fit FROM coaching_relationship WHERE id = ?", id), ==,
                   GROVE_RELATIONSHIP_CLOSED * 10 + GROVE_FIT_POOR);
  g_assert_cmpint (query (fixture, "SELECT status * 10 + front FROM coaching_request WHERE id = ?", request), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM coaching_exclusion e JOIN coaching_relationship r"
                          " ON r.id = ? JOIN coaching_request q ON q.id = r.request_id JOIN coach c ON c.id = r.coach_id"
                          " WHERE e.coachee_id = q.person_id AND e.coach_id = c.person_id", id), ==, 1);
  first = g_list_model_get_item (view_model (fixture, "requests_view"), 0);
  g_assert_cmpint (grove_coaching_row_get_id (first), ==, request);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "fit_button"))));
}

static void
test_fit_good (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = choose_relationship_with_session (fixture);

  answer_fit (fixture, "good");
  g_assert_cmpint (query (fixture, "SELECT status * 10 + fit FROM coaching_relationship WHERE id = ?", id), ==,
                   GROVE_RELATIONSHIP_ACTIVE * 10 + GROVE_FIT_GOOD);
  /* Asked once. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "fit_button"))));
}

/* Pausing keeps the seat; the same button resumes. */
static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 id = grove_test_query_int (fixture->store,
    "SELECT id FROM coaching_relationship WHERE status = 0 ORDER BY id LIMIT 1");
  GtkWidget *pause = GTK_WIDGET (child (fixture, "pause_button"));
  const char *seats = "SELECT (SELECT count(*) FROM coaching_relationship s WHERE s.coach_id = r.coach_id"
                      " AND s.status < 2) FROM coaching_relationship r WHERE id = ?";
  gint64 taken = query (fixture, seats, id);

  g_assert_false (gtk_widget_get_sensitive (pause));
  choose_row (fixture, "relationships_view", id);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (pause)), ==, "media-playback-pause-symbolic");
  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.pause", NULL));
  grove_test_settle (100);
  g_assert_cmpint (query (fixture, "SELECT status FROM coaching_relationship WHERE id = ?", id), ==,
                   GROVE_RELATIONSHIP_PAUSED);
  g_assert_cmpint (query (fixture, seats, id), ==, taken);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (pause)), ==, "media-playback-start-symbolic");

  g_assert_true (gtk_widget_activate_action (fixture->page, "coaching.pause", NULL));
  grove_test_settle (100);
  g_assert_cmpint (query (fixture, "SELECT status FROM coaching_relationship WHERE id = ?", id), ==,
                   GROVE_RELATIONSHIP_ACTIVE);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  grove_register_resource ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/coaching-edit/add-coach", test_add_coach);
  ADD ("/coaching-edit/edit-coach", test_edit_coach);
  ADD ("/coaching-edit/remove-coach-undo", test_remove_coach_undo);
  ADD ("/coaching-edit/remove-coach-refused", test_remove_coach_refused);
  ADD ("/coaching-edit/add-request", test_add_request);
  ADD ("/coaching-edit/withdraw-request-undo", test_withdraw_request_undo);
  ADD ("/coaching-edit/withdraw-matched", test_withdraw_matched);
  ADD ("/coaching-edit/fit-poor", test_fit_poor);
  ADD ("/coaching-edit/fit-good", test_fit_good);
  ADD ("/coaching-edit/pause-resume", test_pause_resume);
#undef ADD

  return g_test_run ();
}
