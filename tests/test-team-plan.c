/* test-team-plan.c: The Plan on the Conversations page, on a real
 * (virtual) display — the team plan, sharing an objective with reports,
 * and aligning an objective to a team objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "grove-conversations-page.h"
#include "grove-demo.h"
#include "grove-ipdr.h"
#include "grove-ipdr-objective.h"
#include "grove-org.h"
#include "grove-resources.h"
#include "grove-store-private.h"
#include "grove-team-member-item.h"
#include "grove-team-objective.h"
#include "grove-team-plan-dialog.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"
#include "grove-test-widgets.h"

#define DEMO_DAY "2026-11-20"

typedef struct {
  char       *dir;
  GroveStore *store;
  GSettings  *settings;
  GtkWidget  *window;
  GtkWidget  *page;
  gint64      manager_id;  /* a demonstration manager with several reports */
  gint64      unit_id;     /* the manager's unit */
} Fixture;

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
  /* One in a team below a directorate, so that the plan has three levels. */
  fixture->manager_id =
    grove_test_query_int (fixture->store,
                          "SELECT p.manager_id FROM person p JOIN person m ON m.id = p.manager_id "
                          "JOIN org_unit u ON u.id = m.unit_id JOIN org_unit d ON d.id = u.parent_id "
                          "WHERE p.archived = 0 AND d.parent_id IS NOT NULL "
                          "GROUP BY p.manager_id HAVING count(*) > 2 ORDER BY p.manager_id LIMIT 1");
  g_assert_cmpint (fixture->manager_id, >, 0);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT unit_id FROM person WHERE id = %" G_GINT64_FORMAT,
                                            fixture->manager_id);

    fixture->unit_id = grove_test_query_int (fixture->store, sql);
  }

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "signed-in-person");
  fixture->page = grove_conversations_page_new ();
  grove_conversations_page_set_today (GROVE_CONVERSATIONS_PAGE (fixture->page), DEMO_DAY);
  grove_conversations_page_set_store (GROVE_CONVERSATIONS_PAGE (fixture->page), fixture->store);
  g_settings_bind (fixture->settings, "signed-in-person", fixture->page, "signed-in-person", G_SETTINGS_BIND_DEFAULT);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  grove_test_wait_for (grove_test_widget_is_mapped, fixture->page, "the page to be mapped");
  g_settings_set_int64 (fixture->settings, "signed-in-person", fixture->manager_id);
  g_assert_cmpint (grove_conversations_page_get_signed_in_person (GROVE_CONVERSATIONS_PAGE (fixture->page)), ==,
                   fixture->manager_id);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  grove_test_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
count (Fixture    *fixture,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static gint64
count (Fixture    *fixture,
       const char *format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return grove_test_query_int (fixture->store, sql);
}

/* The objectives the plan shows the manager: of their unit and of each
 * unit above it. The demo has its own, so tests count from these. */
static gint64
count_plan (Fixture *fixture)
{
  return count (fixture, "WITH RECURSIVE chain (id) AS (SELECT %" G_GINT64_FORMAT
                         " UNION SELECT u.parent_id FROM org_unit u JOIN chain c ON u.id = c.id"
                         " WHERE u.parent_id IS NOT NULL)"
                         " SELECT count(*) FROM plan_objective t JOIN chain c ON c.id = t.unit_id", fixture->unit_id);
}

static gint64
add_team_objective (Fixture    *fixture,
                    gint64      unit_id,
                    const char *title)
{
  g_autoptr(GError) error = NULL;
  GroveTeamObjective objective = { 0 };
  gint64 id;

  objective.unit_id = unit_id;
  objective.title = (char *) title;
  id = grove_team_objective_add (fixture->store, &objective, &error);
  g_assert_no_error (error);
  return id;
}

/* Aligns to @team the first objective of a person @where chooses, in SQL
 * over person p and below (everyone under the manager); straight in the
 * database, as a signed-off record would refuse it. Returns the person. */
static GrovePerson *
align_one (Fixture    *fixture,
           gint64      team,
           const char *where)
{
  g_autofree char *sql = NULL;
  gint64 objective;

  objective = count (fixture, "WITH RECURSIVE below (id) AS (SELECT id FROM person WHERE manager_id = %" G_GINT64_FORMAT
                              " UNION SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id)"
                              " SELECT min(o.id) FROM ipdr_objective o JOIN ipdr i ON i.id = o.ipdr_id"
                              " JOIN person p ON p.id = i.person_id WHERE %s", fixture->manager_id, where);
  g_assert_cmpint (objective, >, 0);
  sql = g_strdup_printf ("UPDATE ipdr_objective SET plan_objective_id = %" G_GINT64_FORMAT " WHERE id = %"
                         G_GINT64_FORMAT, team, objective);
  g_assert_cmpint (sqlite3_exec (_grove_store_get_handle (fixture->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  return grove_org_get_person (fixture->store,
                               count (fixture, "SELECT i.person_id FROM ipdr_objective o JOIN ipdr i ON i.id = o.ipdr_id"
                                               " WHERE o.id = %" G_GINT64_FORMAT, objective),
                               NULL);
}

static GtkWidget *
dialog_field (AdwMessageDialog *dialog,
              const char       *name)
{
  GtkWidget *field = grove_test_find_named (adw_message_dialog_get_extra_child (dialog), name);

  g_assert_nonnull (field);
  return field;
}

static void
set_field (AdwMessageDialog *dialog,
           const char       *name,
           const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (dialog_field (dialog, name)), text);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As the button does; the button also closes the dialog. */
  adw_message_dialog_response (dialog, response);
  grove_test_close_window (GTK_WIDGET (dialog));
}

/* A label on screen under @widget whose text has @text in it. */
static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label_containing (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A row under @widget titled @title, shown or not (an expander row's rows
 * are there before it is expanded). */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The item of @dropdown that starts with @title. */
static guint
dropdown_index (GtkDropDown *dropdown,
                const char  *title)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), title))
      return i;
  g_assert_not_reached ();
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  return n;
}

typedef struct {
  GtkWidget  *widget;
  const char *text;
} LabelWanted;

static gboolean
label_is_on_screen (gpointer data)
{
  LabelWanted *wanted = data;

  return grove_test_find_label (wanted->widget, wanted->text) != NULL;
}

static void
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  LabelWanted wanted = { widget, text };

  grove_test_wait_for (label_is_on_screen, &wanted, text);
}

static gboolean
label_containing_is_mapped (gpointer data)
{
  LabelWanted *wanted = data;

  return find_label_containing (wanted->widget, wanted->text) != NULL;
}

static void
wait_for_label_containing (GtkWidget  *widget,
                           const char *text)
{
  LabelWanted wanted = { widget, text };

  grove_test_wait_for (label_containing_is_mapped, &wanted, text);
}

static GtkWidget *
open_plan (Fixture *fixture)
{
  GtkWidget *plan;

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.team-plan", NULL));
  plan = grove_test_wait_for_window (GROVE_TYPE_TEAM_PLAN_DIALOG);
  return plan;
}

/* The demo's plan: the organisation's objectives and the directorate's,
 * each naming the manager's reports whose objectives support it, with
 * what those objectives are. */
static void
test_demo_plan (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 demo = count_plan (fixture);
  /* A plan objective the manager sees, and a direct report's objective
   * that supports it. */
  gint64 supporter = count (fixture, "WITH RECURSIVE chain (id) AS (SELECT %" G_GINT64_FORMAT
                                     " UNION SELECT u.parent_id FROM org_unit u JOIN chain c ON u.id = c.id"
                                     " WHERE u.parent_id IS NOT NULL)"
                                     " SELECT min(o.id) FROM ipdr_objective o JOIN ipdr i ON i.id = o.ipdr_id"
                                     " JOIN person p ON p.id = i.person_id JOIN plan_objective t"
                                     " ON t.id = o.plan_objective_id JOIN chain c ON c.id = t.unit_id"
                                     " WHERE p.manager_id = %" G_GINT64_FORMAT, fixture->unit_id, fixture->manager_id);
  g_autoptr(GroveObjective) objective = NULL;
  g_autoptr(GroveTeamObjective) supported = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GrovePerson) report = NULL;
  g_autofree char *n_supporting = NULL;
  GtkWidget *plan, *list, *row, *person;

  /* Three of the organisation's and at least one of the directorate's. */
  g_assert_cmpint (demo, >=, 4);
  g_assert_cmpint (supporter, >, 0);
  objective = grove_ipdr_get_objective (fixture->store, supporter, NULL);
  supported = grove_team_objective_get (fixture->store, objective->plan_objective_id, NULL);
  ipdr = grove_ipdr_get (fixture->store, objective->ipdr_id, NULL);
  report = grove_org_get_person (fixture->store, ipdr->person_id, NULL);

  plan = open_plan (fixture);
  list = GTK_WIDGET (gtk_widget_get_template_child (plan, GROVE_TYPE_TEAM_PLAN_DIALOG, "objectives_list"));
  g_assert_cmpuint (count_rows (list), ==, demo);
  wait_for_label (plan, supported->title);
  row = find_row (list, supported->title);
  g_assert_nonnull (row);
  n_supporting = g_strdup_printf ("%u objectives support it", supported->n_supporting);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), n_supporting));
  g_assert_cmpuint (supported->n_supporting, >, 1);

  /* Expanded, it lists the description and who supports it, with what. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_for_label (row, supported->description);
  person = find_row (row, report->name);
  g_assert_nonnull (person);
  wait_for_label (row, report->name);
  g_assert_nonnull (grove_test_find_label (row, objective->title));
  grove_test_close_window (plan);
}

/* The plan shows the manager's unit first and the units above it, never a
 * team beside it; an objective is added with its period, and a delete is
 * undone with the objective's links. */
static void
test_add_and_delete (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GroveOrgUnit) unit = grove_org_get_unit (fixture->store, fixture->unit_id, NULL);
  gint64 organisation = count (fixture, "SELECT id FROM org_unit WHERE parent_id IS NULL");
  gint64 beside = count (fixture, "SELECT id FROM org_unit WHERE kind = 2 AND id <> %" G_GINT64_FORMAT " LIMIT 1",
                         fixture->unit_id);
  gint64 demo = count_plan (fixture);
  gint64 own = count (fixture, "SELECT count(*) FROM plan_objective WHERE unit_id = %" G_GINT64_FORMAT, fixture->unit_id);
  gint64 above = add_team_objective (fixture, organisation, "Every adult can learn what they need");
  g_autoptr(GrovePerson) report = NULL;
  AdwMessageDialog *add;
  GtkWidget *plan;
  GtkWidget *list;
  GtkWidget *row;
  gint64 id;

  add_team_objective (fixture, beside, "Another team's objective");
  /* One objective of a report and one of someone elsewhere support the
   * organisation's objective: only the report is named. */
  report = align_one (fixture, above, "p.id IN (SELECT id FROM below)");
  align_one (fixture, above, "p.id NOT IN (SELECT id FROM below)");
  plan = open_plan (fixture);
  list = GTK_WIDGET (gtk_widget_get_template_child (plan, GROVE_TYPE_TEAM_PLAN_DIALOG, "objectives_list"));
  g_assert_cmpuint (count_rows (list), ==, demo + 1);
  wait_for_label (plan, "Every adult can learn what they need");
  row = find_row (list, "Every adult can learn what they need");
  g_assert_nonnull (row);
  g_assert_nonnull (find_row (row, "And 1 objective of people outside your team"));
  g_assert_nonnull (find_row (row, report->name));
  g_assert_null (grove_test_find_label (plan, "Another team's objective"));
  /* Open, it stays open when the list is made again below. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  /* A bad date, then an end before the start: refused, with a reason. */
  g_assert_true (gtk_widget_activate_action (plan, "plan.add", NULL));
  add = ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  set_field (add, "title", "Double the starts in small firms");
  set_field (add, "from", "2026-13-01");
  g_assert_false (adw_message_dialog_get_response_enabled (add, "add"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog_field (add, "problem"))), "“2026-13-01” is not a date"));
  set_field (add, "from", "2027-04-01");
  set_field (add, "to", "2027-03-31");
  g_assert_false (adw_message_dialog_get_response_enabled (add, "add"));
  set_field (add, "from", "2026-04-01");
  set_field (add, "description", "Small firms take one apprentice in twenty.");
  g_assert_true (adw_message_dialog_get_response_enabled (add, "add"));
  respond (add, "add");

  id = count (fixture, "SELECT id FROM plan_objective WHERE title = 'Double the starts in small firms' AND unit_id = %"
                       G_GINT64_FORMAT " AND period_start = '2026-04-01' AND period_end = '2027-03-31'"
                       " AND description = 'Small firms take one apprentice in twenty.'", fixture->unit_id);
  g_assert_cmpint (id, >, 0);
  /* The manager's own unit comes first, as added, named, with its
   * period. */
  g_assert_cmpuint (count_rows (list), ==, demo + 2);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) own));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Double the starts in small firms");
  {
    g_autofree char *subtitle = g_strdup_printf ("%s · 1 Apr 2026 to 31 Mar 2027 · 0 objectives support it", unit->name);

    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, subtitle);
  }
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  row = find_row (list, "Every adult can learn what they need");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  /* Only the manager's own unit's objectives can be deleted from here. */
  g_assert_true (gtk_widget_activate_action (plan, "plan.delete", "x", above));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_objective WHERE id = %" G_GINT64_FORMAT, above), ==, 1);

  g_assert_true (gtk_widget_activate_action (plan, "plan.delete", "x", id));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_objective WHERE id = %" G_GINT64_FORMAT, id), ==, 0);
  g_assert_cmpuint (count_rows (list), ==, demo + 1);
  g_assert_true (gtk_widget_activate_action (plan, "plan.undo-delete", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_objective WHERE id = %" G_GINT64_FORMAT
                                   " AND period_end = '2027-03-31'", id), ==, 1);
  g_assert_cmpuint (count_rows (list), ==, demo + 2);
  grove_test_close_window (plan);
}

/* Two of the reports get the objective: a copy each, from one template,
 * supporting the team objective chosen; the others get nothing. */
static void
test_share (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 team = add_team_objective (fixture, fixture->unit_id, "Answer every enquiry within five days");
  g_autoptr(GString) chosen = g_string_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *people;
  guint ticked = 0;

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.share-objective", NULL));
  dialog = ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "share"));
  set_field (dialog, "title", "Clear the enquiry backlog");
  set_field (dialog, "measure", "No enquiry older than five days");
  set_field (dialog, "due", "2027-01-31");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "supports")),
                              dropdown_index (GTK_DROP_DOWN (dialog_field (dialog, "supports")),
                                              "Answer every enquiry within five days"));

  /* Everyone who can get it is ticked; leave two. */
  people = dialog_field (dialog, "people");
  for (GtkWidget *check = grove_test_find_widget_of_type (people, GTK_TYPE_CHECK_BUTTON); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      g_auto(GStrv) parts = g_strsplit (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), "'", -1);
      /* Quoted for SQL: some names have an apostrophe. */
      g_autofree char *name = g_strjoinv ("''", parts);

      if (!gtk_widget_get_sensitive (check))
        continue;
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      if (ticked < 2)
        {
          g_string_append_printf (chosen, "%s'%s'", ticked > 0 ? ", " : "", name);
          ticked++;
        }
      else
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    }
  g_assert_cmpuint (ticked, ==, 2);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "share"));
  respond (dialog, "share");

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM objective_template WHERE title = 'Clear the enquiry backlog'"
                                   " AND plan_objective_id = %" G_GINT64_FORMAT, team), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective o JOIN objective_template t ON t.id = o.template_id"
                                   " WHERE o.title = 'Clear the enquiry backlog' AND o.measure = 'No enquiry older than"
                                   " five days' AND o.due = '2027-01-31' AND o.plan_objective_id = %" G_GINT64_FORMAT,
                          team), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective o JOIN ipdr i ON i.id = o.ipdr_id"
                                   " JOIN person p ON p.id = i.person_id WHERE o.title = 'Clear the enquiry backlog'"
                                   " AND p.manager_id = %" G_GINT64_FORMAT " AND p.name IN (%s)",
                          fixture->manager_id, chosen->str), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE title = 'Clear the enquiry backlog'"), ==, 2);
  wait_for_label_containing (fixture->page, "Objective shared with 2 people");
}

/* The edit dialog offers the plan's objectives; the choice is stored and
 * the record says what the objective supports. */
static void
test_align (Fixture       *fixture,
            gconstpointer  data)
{
  GtkSingleSelection *selection =
    GTK_SINGLE_SELECTION (gtk_widget_get_template_child (fixture->page, GROVE_TYPE_CONVERSATIONS_PAGE, "team_selection"));
  gint64 team = add_team_objective (fixture, fixture->unit_id, "Answer every enquiry within five days");
  GroveTeamMemberItem *item;
  AdwMessageDialog *dialog;
  GtkDropDown *supports;
  gint64 objective_id;

  gtk_single_selection_set_selected (selection, 0);
  item = gtk_single_selection_get_selected_item (selection);
  /* One the demo left unaligned. */
  objective_id = count (fixture, "SELECT min(id) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT
                                 " AND plan_objective_id IS NULL",
                        grove_team_member_item_get_member (item)->ipdr_id);
  g_assert_cmpint (objective_id, >, 0);
  g_assert_null (find_label_containing (fixture->page, "Supports: Answer every enquiry within five days"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.edit-objective", "x", objective_id));
  dialog = ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  supports = GTK_DROP_DOWN (dialog_field (dialog, "supports"));
  g_assert_cmpuint (gtk_drop_down_get_selected (supports), ==, 0);
  /* None, then the whole plan the manager sees. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (supports)), ==, count_plan (fixture) + 1);
  gtk_drop_down_set_selected (supports, dropdown_index (supports, "Answer every enquiry within five days"));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT plan_objective_id FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT,
                          objective_id), ==, team);
  wait_for_label_containing (fixture->page, "Supports: Answer every enquiry within five days");

  /* Opened again, the choice is shown, and None clears it. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.edit-objective", "x", objective_id));
  dialog = ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  supports = GTK_DROP_DOWN (dialog_field (dialog, "supports"));
  g_assert_cmpuint (gtk_drop_down_get_selected (supports), ==,
                    dropdown_index (supports, "Answer every enquiry within five days"));
  gtk_drop_down_set_selected (supports, 0);
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT
                                   " AND plan_objective_id IS NULL", objective_id), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  grove_register_resource ();

  g_test_add ("/team-plan/demo-plan", Fixture, NULL, fixture_set_up, test_demo_plan, fixture_tear_down);
  g_test_add ("/team-plan/add-and-delete", Fixture, NULL, fixture_set_up, test_add_and_delete, fixture_tear_down);
  g_test_add ("/team-plan/share", Fixture, NULL, fixture_set_up, test_share, fixture_tear_down);
  g_test_add ("/team-plan/align", Fixture, NULL, fixture_set_up, test_align, fixture_tear_down);

  return g_test_run ();
}
