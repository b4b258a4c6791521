/* test-rating-form.c: typing answers in, on a real (virtual) display
 *
 * The application opens a demo database made for the test. The rating
 * form is filled in by key presses, delivered the way GTK delivers them:
 * from the focused widget up to the window, to each key controller and
 * shortcut on the way. What it stores is read back from the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "grove-application.h"
#include "grove-assessment.h"
#include "grove-culture-page.h"
#include "grove-culture-unit.h"
#include "grove-demo.h"
#include "grove-org.h"
#include "grove-preferences-window.h"
#include "grove-rating-form.h"
#include "grove-round-dialog.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveApplication *application;
static char *tmpdir;

static GroveStore *
get_store (void)
{
  return grove_application_get_store (application);
}

static GtkWidget *
get_main_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (GROVE_IS_WINDOW (l->data))
      return GTK_WIDGET (l->data);

  g_assert_not_reached ();
}

static GroveCulturePage *
get_page (void)
{
  GtkWidget *page = grove_test_find_widget_of_type (get_main_window (), GROVE_TYPE_CULTURE_PAGE);

  g_assert_nonnull (page);
  grove_test_wait_for (grove_test_widget_is_mapped, page, "the Culture page to be mapped");
  return GROVE_CULTURE_PAGE (page);
}

/* The button that activates @action, under @widget. */
static gint64
find_unit (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveOrgUnit) unit = grove_org_find_unit_by_name (get_store (), name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (unit);
  return unit->id;
}

static void
show_unit (GroveCulturePage *page,
           const char       *name)
{
  g_assert_true (grove_culture_page_select_unit (page, find_unit (name)));
  grove_test_settle (100);
}

static GroveRatingForm *
open_form (GroveCulturePage *page,
           const char       *team)
{
  GtkWidget *form;

  show_unit (page, team);
  g_assert_true (grove_test_button_is_sensitive (GTK_WIDGET (page), "culture.rate"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.rate", NULL));
  form = grove_test_wait_for_window (GROVE_TYPE_RATING_FORM);
  grove_test_settle (200);
  return GROVE_RATING_FORM (form);
}

static gint64
count_responses (void)
{
  return grove_test_query_int (get_store (), "SELECT count(*) FROM assessment_response");
}

static void
test_rate_only_teams (void)
{
  GroveCulturePage *page = get_page ();

  show_unit (page, "Policy and Strategy");
  g_assert_false (grove_test_button_is_sensitive (GTK_WIDGET (page), "culture.rate"));
  show_unit (page, "Digital Services");
  g_assert_true (grove_test_button_is_sensitive (GTK_WIDGET (page), "culture.rate"));
}

/* The keys pressed, one per statement, and the scores they stand for. */
static const struct {
  guint keyval;
  int   score;
} answers[] = {
  { GDK_KEY_4, 4 }, { GDK_KEY_5, 5 }, { GDK_KEY_n, GROVE_RATING_NOT_OBSERVED }, { GDK_KEY_3, 3 },
  { GDK_KEY_2, 2 }, { GDK_KEY_1, 1 }, { GDK_KEY_0, GROVE_RATING_NOT_OBSERVED }, { GDK_KEY_KP_4, 4 },
  { GDK_KEY_N, GROVE_RATING_NOT_OBSERVED },
};

static void
test_fill_by_keyboard (void)
{
  GroveCulturePage *page = get_page ();
  GroveRatingForm *form = open_form (page, "Digital Services");
  GtkWidget *window = GTK_WIDGET (form);
  guint n = grove_rating_form_get_n_rows (form);
  gint64 before = count_responses ();
  g_autoptr(GroveResponse) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *message = NULL;
  guint not_observed = 0;
  gint64 id;

  g_assert_cmpuint (n, ==, 22);
  g_assert_true (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, 0))));

  /* A note typed into one statement's entry stays text: no answer. */
  grove_rating_row_set_evidence (grove_rating_form_get_row (form, 1), "  Weekly retrospectives  ");

  /* Each answer moves on to the next statement; after the last, to Submit. */
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, i))));
      g_assert_true (grove_test_press_key (window, answers[i % G_N_ELEMENTS (answers)].keyval, 0));
      g_assert_true (grove_rating_row_get_answered (grove_rating_form_get_row (form, i)));
    }
  g_assert_false (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, n - 1))));

  /* Up goes back a statement without changing an answer. */
  g_assert_true (grove_rating_row_focus_scale (grove_rating_form_get_row (form, 5)));
  g_assert_true (grove_test_press_key (window, GDK_KEY_Up, 0));
  g_assert_true (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, 4))));
  g_assert_true (grove_test_press_key (window, GDK_KEY_Down, 0));
  g_assert_true (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, 5))));
  g_assert_cmpint (grove_rating_row_get_score (grove_rating_form_get_row (form, 4)), ==, 2);

  g_assert_true (grove_test_press_key (window, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_null (grove_rating_form_get_problem (form));
  g_assert_cmpint (count_responses (), ==, before + 1);
  /* The toast says how many have now answered for the team. */
  message = g_strdup_printf ("Answers saved: %" G_GINT64_FORMAT " people have answered for Digital Services in this round.",
                             grove_test_query_int (get_store (),
                                                   "SELECT count(*) FROM assessment_response r JOIN org_unit u ON u.id = r.unit_id"
                                                   " WHERE u.name = 'Digital Services'"
                                                   " AND r.round_id = (SELECT round_id FROM assessment_response ORDER BY id DESC LIMIT 1)"));
  grove_test_assert_label_on_screen (window, message);

  /* One response of the team in the round, with every answer as keyed. */
  id = grove_test_query_int (get_store (), "SELECT max(id) FROM assessment_response");
  stored = grove_assessment_get_response (get_store (), id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->unit_id, ==, find_unit ("Digital Services"));
  g_assert_cmpint (stored->round_id, ==, grove_culture_page_get_round_id (page));
  g_assert_nonnull (stored->submitted);
  g_assert_cmpuint (stored->ratings->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const GroveRating *rating = &g_array_index (stored->ratings, GroveRating, i);
      int expected = answers[i % G_N_ELEMENTS (answers)].score;

      g_assert_cmpint (rating->statement_id, ==,
                       grove_rating_row_get_statement_id (grove_rating_form_get_row (form, i)));
      g_assert_cmpint (rating->score, ==, expected);
      g_assert_cmpstr (rating->evidence, ==, i == 1 ? "Weekly retrospectives" : NULL);
      if (expected == GROVE_RATING_NOT_OBSERVED)
        not_observed++;
    }
  /* "Not observed" is stored as no score, not as a number. */
  sql = g_strdup_printf ("SELECT count(*) FROM assessment_rating WHERE response_id = %" G_GINT64_FORMAT
                         " AND score IS NULL", id);
  g_assert_cmpint (grove_test_query_int (get_store (), sql), ==, not_observed);
  g_assert_cmpuint (not_observed, ==, 7);

  /* Ready for the next person, with nothing of the last one left. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *evidence = grove_rating_row_dup_evidence (grove_rating_form_get_row (form, i));

      g_assert_false (grove_rating_row_get_answered (grove_rating_form_get_row (form, i)));
      g_assert_null (evidence);
    }
  g_assert_true (grove_test_focus_is_in (window, GTK_WIDGET (grove_rating_form_get_row (form, 0))));

  grove_test_close_window (window);
}

static void
test_incomplete_refused (void)
{
  GroveCulturePage *page = get_page ();
  GroveRatingForm *form = open_form (page, "Digital Services");
  guint n = grove_rating_form_get_n_rows (form);
  gint64 before = count_responses ();
  gint64 ratings = grove_test_query_int (get_store (), "SELECT count(*) FROM assessment_rating");
  GroveRatingRow *first_missing = grove_rating_form_get_row (form, 5);
  GroveRatingRow *second_missing = grove_rating_form_get_row (form, 17);
  g_autofree char *expected = NULL;
  const char *problem;

  for (guint i = 0; i < n; i++)
    {
      GroveRatingRow *row = grove_rating_form_get_row (form, i);

      if (row != first_missing && row != second_missing)
        g_assert_true (grove_rating_row_set_score (row, 3));
    }
  g_assert_false (grove_rating_row_set_score (first_missing, 9));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "rating.submit", NULL));
  g_assert_cmpint (count_responses (), ==, before);
  g_assert_cmpint (grove_test_query_int (get_store (), "SELECT count(*) FROM assessment_rating"), ==, ratings);

  expected = g_strdup_printf ("2 statements have no answer yet: %s, %s. Choose a point of the scale, "
                              "or “Not observed”, for each; nothing was saved.",
                              grove_rating_row_get_number (first_missing),
                              grove_rating_row_get_number (second_missing));
  problem = grove_rating_form_get_problem (form);
  g_assert_cmpstr (problem, ==, expected);
  g_assert_cmpstr (grove_rating_row_get_number (first_missing), ==, "2.3");
  grove_test_assert_label_on_screen (GTK_WIDGET (form), expected);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (first_missing), "missing"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (grove_rating_form_get_row (form, 0)), "missing"));
  /* The answers given are kept, and the first missing one has the focus. */
  g_assert_true (grove_test_focus_is_in (GTK_WIDGET (form), GTK_WIDGET (first_missing)));
  g_assert_cmpint (grove_rating_row_get_score (grove_rating_form_get_row (form, 0)), ==, 3);

  /* One of the two answered: the message names the other only. */
  g_assert_true (grove_rating_row_set_score (first_missing, GROVE_RATING_NOT_OBSERVED));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (first_missing), "missing"));
  g_assert_false (grove_rating_form_submit (form));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("1 statement has no answer yet: %s. Choose a point of the scale, "
                              "or “Not observed”, for it; nothing was saved.",
                              grove_rating_row_get_number (second_missing));
  g_assert_cmpstr (grove_rating_form_get_problem (form), ==, expected);

  g_assert_true (grove_rating_row_set_score (second_missing, 1));
  g_assert_true (grove_rating_form_submit (form));
  g_assert_null (grove_rating_form_get_problem (form));
  g_assert_cmpint (count_responses (), ==, before + 1);
  g_assert_cmpint (grove_test_query_int (get_store (), "SELECT count(*) FROM assessment_rating"), ==, ratings + n);

  grove_test_close_window (GTK_WIDGET (form));
}

/* Clicks the button labelled @label, as a person answering would. */
static gboolean
click_button (GtkWidget  *widget,
              const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    {
      g_signal_emit_by_name (widget, "clicked");
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (click_button (child, label))
      return TRUE;

  return FALSE;
}

static void
test_close_asks_first (void)
{
  GroveCulturePage *page = get_page ();
  GroveRatingForm *form = open_form (page, "Digital Services");
  gint64 before = count_responses ();
  GtkWidget *dialog;

  /* An empty form closes at once. */
  grove_test_close_window (GTK_WIDGET (form));
  form = open_form (page, "Digital Services");

  /* With an answer on it, closing asks first; keeping it keeps the answer. */
  g_assert_true (grove_rating_row_set_score (grove_rating_form_get_row (form, 3), 2));
  gtk_window_close (GTK_WINDOW (form));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  grove_test_assert_label_on_screen (dialog, "Discard These Answers?");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (form)));
  g_assert_true (click_button (dialog, "_Keep Editing"));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the question to go");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (form)));
  g_assert_cmpint (grove_rating_row_get_score (grove_rating_form_get_row (form, 3)), ==, 2);

  /* Discarding closes the form and stores nothing. */
  g_assert_true (grove_test_press_key (GTK_WIDGET (form), GDK_KEY_Escape, 0));
  dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (click_button (dialog, "_Discard"));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (GROVE_TYPE_RATING_FORM), "the form to close");
  g_assert_cmpint (count_responses (), ==, before);
}

static gint64
count_rounds (void)
{
  return grove_test_query_int (get_store (), "SELECT count(*) FROM assessment_round");
}

static GtkWidget *
dialog_child (GroveRoundDialog *dialog,
              const char       *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), GROVE_TYPE_ROUND_DIALOG, name);

  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

static void
test_new_round (void)
{
  GroveCulturePage *page = get_page ();
  GroveRoundDialog *dialog;
  gint64 before = count_rounds ();
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "culture.new-round", NULL));
  dialog = GROVE_ROUND_DIALOG (grove_test_wait_for_window (GROVE_TYPE_ROUND_DIALOG));

  /* No title: nothing to create yet. */
  grove_round_dialog_set_fields (dialog, "  ", "2026-06-01", "2026-06-30");
  g_assert_false (grove_test_button_is_sensitive (GTK_WIDGET (dialog), "round.create"));
  g_assert_cmpint (grove_round_dialog_create (dialog), ==, 0);
  g_assert_cmpstr (grove_round_dialog_get_problem (dialog), ==, "An assessment round needs a title.");

  /* No 31 June. */
  grove_round_dialog_set_fields (dialog, "Pulse check June 2026", "2026-06-01", "2026-06-31");
  g_assert_null (grove_round_dialog_get_problem (dialog));
  g_assert_cmpint (grove_round_dialog_create (dialog), ==, 0);
  g_assert_cmpstr (grove_round_dialog_get_problem (dialog), ==,
                   "The round “Pulse check June 2026” needs opening and closing dates written YYYY-MM-DD, such as 2026-03-31.");
  grove_test_assert_label_on_screen (GTK_WIDGET (dialog), grove_round_dialog_get_problem (dialog));
  g_assert_true (gtk_widget_has_css_class (dialog_child (dialog, "closes_row"), "error"));
  g_assert_false (gtk_widget_has_css_class (dialog_child (dialog, "opens_row"), "error"));

  grove_round_dialog_set_fields (dialog, "Pulse check June 2026", "2026-06-30", "2026-06-01");
  g_assert_cmpint (grove_round_dialog_create (dialog), ==, 0);
  g_assert_true (strstr (grove_round_dialog_get_problem (dialog), "cannot close") != NULL);

  grove_round_dialog_set_fields (dialog, "Learning culture survey 2026", "2026-06-01", "2026-06-30");
  g_assert_cmpint (grove_round_dialog_create (dialog), ==, 0);
  g_assert_true (strstr (grove_round_dialog_get_problem (dialog), "already") != NULL);
  g_assert_cmpint (count_rounds (), ==, before);

  grove_round_dialog_set_fields (dialog, "Pulse check June 2026", "2026-06-01", "2026-06-30");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "round.create", NULL));
  g_assert_cmpint (count_rounds (), ==, before + 1);
  id = grove_test_query_int (get_store (), "SELECT id FROM assessment_round WHERE title = 'Pulse check June 2026'"
                                           " AND opens = '2026-06-01' AND closes = '2026-06-30'"
                                           " AND framework_id = (SELECT id FROM framework WHERE builtin)");
  g_assert_cmpint (grove_culture_page_get_round_id (page), ==, id);
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (GROVE_TYPE_ROUND_DIALOG), "the dialog to close");

  /* The new round is the one the form then rates. */
  show_unit (page, "Digital Services");
  {
    GroveRatingForm *form = open_form (page, "Digital Services");

    for (guint i = 0; i < grove_rating_form_get_n_rows (form); i++)
      grove_rating_row_set_score (grove_rating_form_get_row (form, i), 4);
    g_assert_true (grove_rating_form_submit (form));
    g_assert_cmpint (grove_test_query_int (get_store (), "SELECT round_id FROM assessment_response"
                                                         " ORDER BY id DESC LIMIT 1"), ==, id);
    grove_test_close_window (GTK_WIDGET (form));
  }
}

/* A round of its own, where one team has exactly @n respondents, all
 * entered through the form. */
static gint64
add_round_with_respondents (GroveCulturePage *page,
                            const char       *title,
                            const char       *team,
                            guint             n)
{
  g_autoptr(GroveRound) round = grove_round_new (title, 0, "2026-09-01", "2026-09-30");
  g_autoptr(GError) error = NULL;
  GroveRatingForm *form;

  round->framework_id = grove_test_query_int (get_store (), "SELECT id FROM framework WHERE builtin");
  g_assert_cmpint (grove_assessment_add_round (get_store (), round, &error), >, 0);
  g_assert_no_error (error);
  grove_culture_page_reload (page);
  g_assert_true (grove_culture_page_select_round (page, round->id));

  form = open_form (page, team);
  for (guint r = 0; r < n; r++)
    {
      for (guint i = 0; i < grove_rating_form_get_n_rows (form); i++)
        g_assert_true (grove_rating_row_set_score (grove_rating_form_get_row (form, i), 1 + (r + i) % 5));
      g_assert_true (grove_rating_form_submit (form));
    }
  grove_test_close_window (GTK_WIDGET (form));
  return round->id;
}

static const char *
content_shown (GroveCulturePage *page)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE, "content_stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static const char *
suppressed_description (GroveCulturePage *page)
{
  GObject *status = gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE, "suppressed_page");

  return adw_status_page_get_description (ADW_STATUS_PAGE (status));
}

/* The unit as the sidebar holds it. */
static GroveCultureUnit *
sidebar_unit (GroveCulturePage *page,
              gint64            unit_id)
{
  GListModel *rows = G_LIST_MODEL (gtk_widget_get_template_child (GTK_WIDGET (page), GROVE_TYPE_CULTURE_PAGE,
                                                                  "unit_selection"));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      GroveCultureUnit *unit = gtk_tree_list_row_get_item (row);

      if (grove_culture_unit_get_id (unit) == unit_id)
        return unit;
    }
  g_assert_not_reached ();
}

static void
test_threshold_setting (void)
{
  GroveCulturePage *page = get_page ();
  GSettings *settings = grove_application_get_settings (application);
  gint64 team = find_unit ("Apprenticeship Delivery");
  guint threshold;

  g_assert_nonnull (settings);
  g_assert_cmpuint (g_settings_get_uint (settings, "anonymity-threshold"), ==, 5);
  add_round_with_respondents (page, "Threshold check", "Apprenticeship Delivery", 6);
  g_assert_cmpint (grove_test_query_int (get_store (),
                                         "SELECT count(*) FROM assessment_response r"
                                         " JOIN assessment_round d ON d.id = r.round_id"
                                         " WHERE d.title = 'Threshold check'"), ==, 6);
  show_unit (page, "Apprenticeship Delivery");
  grove_test_settle (300);

  /* Six people answered: shown at the default of five. */
  g_object_get (page, "anonymity-threshold", &threshold, NULL);
  g_assert_cmpuint (threshold, ==, 5);
  g_assert_cmpstr (content_shown (page), ==, "chart");

  /* At seven the team is too small, and the page says so and why, at once. */
  g_settings_set_uint (settings, "anonymity-threshold", 7);
  g_object_get (page, "anonymity-threshold", &threshold, NULL);
  g_assert_cmpuint (threshold, ==, 7);
  g_assert_cmpint (grove_culture_page_get_unit_id (page), ==, team);
  g_assert_cmpstr (content_shown (page), ==, "suppressed");
  g_assert_cmpstr (suppressed_description (page), ==,
                   "Fewer than 7 people answered in this team, so its results are not shown to protect their anonymity.");
  grove_test_assert_label_on_screen (GTK_WIDGET (page), suppressed_description (page));
  /* The padlock beside its name in the sidebar says the same. */
  g_assert_true (grove_culture_unit_get_suppressed (sidebar_unit (page, team)));
  g_assert_cmpstr (grove_culture_unit_get_suppressed_reason (sidebar_unit (page, team)), ==,
                   suppressed_description (page));

  /* Six is enough again at six: "fewer than", not "at most". */
  g_settings_set_uint (settings, "anonymity-threshold", 6);
  g_assert_cmpstr (content_shown (page), ==, "chart");
  g_assert_false (grove_culture_unit_get_suppressed (sidebar_unit (page, team)));
  g_assert_null (grove_culture_unit_get_suppressed_reason (sidebar_unit (page, team)));

  g_settings_reset (settings, "anonymity-threshold");
  g_assert_cmpstr (content_shown (page), ==, "chart");
}

static void
test_preferences_window (void)
{
  GroveCulturePage *page = get_page ();
  GSettings *settings = grove_application_get_settings (application);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "app.preferences");
  GtkWidget *window;
  GtkSpinButton *spin;

  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  add_round_with_respondents (page, "Preferences check", "Human Resources", 6);
  show_unit (page, "Human Resources");
  g_assert_cmpstr (content_shown (page), ==, "chart");

  g_action_group_activate_action (G_ACTION_GROUP (application), "preferences", NULL);
  window = grove_test_wait_for_window (GROVE_TYPE_PREFERENCES_WINDOW);
  grove_test_assert_label_on_screen (window, "Anonymity Threshold");
  spin = GTK_SPIN_BUTTON (grove_test_find_widget_of_type (window, GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);

  /* The spin button writes the setting, and the page follows it. */
  gtk_spin_button_set_value (spin, 10);
  g_assert_cmpuint (g_settings_get_uint (settings, "anonymity-threshold"), ==, 10);
  g_assert_cmpstr (content_shown (page), ==, "suppressed");
  g_assert_nonnull (strstr (suppressed_description (page), "Fewer than 10 people"));

  /* And a change elsewhere shows in the window. */
  g_settings_set_uint (settings, "anonymity-threshold", 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 3);
  g_assert_cmpstr (content_shown (page), ==, "chart");

  grove_test_close_window (window);
  g_settings_reset (settings, "anonymity-threshold");
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  int *status = user_data;

  g_signal_handlers_disconnect_by_func (app, on_activate_cb, user_data);

  *status = g_test_run ();
  g_application_quit (app);
}

static void
make_demo_database (const char *path)
{
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  store = grove_store_open (path, &error);
  g_assert_no_error (error);
  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (store, &options, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db_path = NULL;
  int status = 1;
  int result;
  char *app_argv[4];

  g_test_init (&argc, &argv, NULL);

  tmpdir = grove_test_mkdtemp ();
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmpdir, TRUE);
  db_path = g_build_filename (tmpdir, "grove.db", NULL);
  make_demo_database (db_path);

  g_test_add_func ("/rating/only-teams", test_rate_only_teams);
  g_test_add_func ("/rating/form/keyboard", test_fill_by_keyboard);
  g_test_add_func ("/rating/form/incomplete-refused", test_incomplete_refused);
  g_test_add_func ("/rating/form/close-asks-first", test_close_asks_first);
  g_test_add_func ("/rating/new-round", test_new_round);
  g_test_add_func ("/rating/threshold/setting", test_threshold_setting);
  g_test_add_func ("/rating/threshold/preferences", test_preferences_window);

  application = grove_application_new ();
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate_cb), &status);

  app_argv[0] = argv[0];
  app_argv[1] = (char *) "--db";
  app_argv[2] = db_path;
  app_argv[3] = NULL;
  result = g_application_run (G_APPLICATION (application), 3, app_argv);

  g_clear_object (&application);
  grove_test_rmdir (tmpdir);
  g_free (tmpdir);

  return result != 0 ? result : status;
}
