/* test-conversations-page.c: the Conversations page, on a real (virtual)
 * display
 *
 * Each test makes a database with the demonstration organisation in it,
 * looks at it as of the day the demonstration was made for, and compares
 * what the page shows with the rows in the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "grove-conversations-page.h"
#include "grove-demo.h"
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-resources.h"
#include "grove-team-member-item.h"
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
} Fixture;

static GObject *
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (fixture->page, GROVE_TYPE_CONVERSATIONS_PAGE, id);

  g_assert_nonnull (object);
  return object;
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
  fixture->manager_id =
    grove_test_query_int (fixture->store,
                          "SELECT manager_id FROM person WHERE manager_id IS NOT NULL AND archived = 0 "
                          "GROUP BY manager_id HAVING count(*) > 2 ORDER BY manager_id LIMIT 1");

  /* As the window does: the setting and the page follow each other. */
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

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *overlay = adw_bin_get_child (ADW_BIN (fixture->page));

  return gtk_stack_get_visible_child_name (GTK_STACK (adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay))));
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

/* The ids the team list shows, in its order. */
static GArray *
team_ids (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (child (fixture, "team_selection"));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GroveTeamMemberItem) item = g_list_model_get_item (model, i);

      g_array_append_val (ids, grove_team_member_item_get_member (item)->person_id);
    }
  return ids;
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

static gboolean
is_on_screen (gpointer widget)
{
  return grove_test_is_on_screen (GTK_WIDGET (widget));
}

static void
test_chooser (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (child (fixture, "manager_dropdown"));
  GListModel *names = gtk_drop_down_get_model (dropdown);
  g_autoptr(GtkStringObject) last = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *quoted = NULL;

  g_assert_cmpstr (visible_page (fixture), ==, "choose");
  grove_test_wait_for (is_on_screen, dropdown, "the chooser to be drawn");
  /* Managers only: everyone someone current reports to. */
  g_assert_cmpint (g_list_model_get_n_items (names), ==,
                   count (fixture, "SELECT count(DISTINCT p.manager_id) FROM person p JOIN person m ON m.id = p.manager_id "
                                   "WHERE p.archived = 0 AND m.archived = 0"));

  /* The last one, so that choosing is not just taking the first. */
  gtk_drop_down_set_selected (dropdown, g_list_model_get_n_items (names) - 1);
  last = g_list_model_get_item (names, g_list_model_get_n_items (names) - 1);
  parts = g_strsplit (gtk_string_object_get_string (last), "'", -1);
  quoted = g_strjoinv ("''", parts);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.choose", NULL));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "signed-in-person"), ==,
                   count (fixture, "SELECT id FROM person WHERE archived = 0 AND name = '%s'", quoted));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "signed-in-person"), ==,
                   grove_conversations_page_get_signed_in_person (GROVE_CONVERSATIONS_PAGE (fixture->page)));
  g_assert_cmpstr (visible_page (fixture), ==, "team");

  /* Forgetting who you are brings the chooser back, and clears the setting. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.change-person", NULL));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "signed-in-person"), ==, 0);
  g_assert_cmpstr (visible_page (fixture), ==, "choose");
}

static void
sign_in (Fixture *fixture)
{
  g_settings_set_int64 (fixture->settings, "signed-in-person", fixture->manager_id);
  g_assert_cmpint (grove_conversations_page_get_signed_in_person (GROVE_CONVERSATIONS_PAGE (fixture->page)), ==,
                   fixture->manager_id);
  g_assert_cmpstr (visible_page (fixture), ==, "team");
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) all = NULL;

  sign_in (fixture);
  ids = team_ids (fixture);
  g_assert_cmpuint (ids->len, >, 2);
  g_assert_cmpint (ids->len, ==,
                   count (fixture, "SELECT count(*) FROM person WHERE archived = 0 AND manager_id = %" G_GINT64_FORMAT,
                          fixture->manager_id));
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (count (fixture, "SELECT manager_id FROM person WHERE id = %" G_GINT64_FORMAT,
                            g_array_index (ids, gint64, i)), ==, fixture->manager_id);
  grove_test_wait_for (is_on_screen, child (fixture, "team_view"), "the team to be drawn");

  /* Everyone below takes in the reports' own reports too. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (fixture, "all_toggle")), TRUE);
  all = team_ids (fixture);
  g_assert_cmpint (all->len, ==,
                   count (fixture,
                          "WITH RECURSIVE below (id) AS (SELECT id FROM person WHERE manager_id = %" G_GINT64_FORMAT
                          " AND archived = 0 UNION SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id"
                          " WHERE p.archived = 0) SELECT count(*) FROM below", fixture->manager_id));
  g_assert_cmpuint (all->len, >=, ids->len);
}

static gint64
selected_ipdr (Fixture *fixture)
{
  GroveTeamMemberItem *item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (child (fixture, "team_selection")));

  g_assert_nonnull (item);
  return grove_team_member_item_get_member (item)->ipdr_id;
}

static void
test_objectives (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (child (fixture, "team_selection"));

  sign_in (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      gint64 ipdr_id;

      gtk_single_selection_set_selected (selection, i);
      ipdr_id = selected_ipdr (fixture);
      g_assert_cmpint (ipdr_id, >, 0);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (fixture, "record_stack"))), ==, "record");
      g_assert_cmpint (count_rows (GTK_WIDGET (child (fixture, "objectives_list"))), ==,
                       count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id));
      g_assert_cmpint (count_rows (GTK_WIDGET (child (fixture, "plan_list"))), ==,
                       count (fixture, "SELECT count(*) FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id));
      g_assert_cmpint (count_rows (GTK_WIDGET (child (fixture, "notes_list"))), ==,
                       count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id));
    }
  /* The name shown is the selected person's. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person p JOIN ipdr i ON i.person_id = p.id WHERE i.id = %"
                                   G_GINT64_FORMAT " AND p.name = '%s'", selected_ipdr (fixture),
                          gtk_label_get_text (GTK_LABEL (child (fixture, "name_label")))), ==, 1);
}

static void
test_finish (Fixture       *fixture,
             gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (fixture, "notes_view")));
  g_autofree char *text = NULL;
  GtkTextIter start;
  GtkTextIter end;
  gint64 ipdr_id;
  gint64 before;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_conversation WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  gtk_text_buffer_set_text (buffer, "  Agreed to book the data course.\n", -1);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.finish", NULL));

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_conversation WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before + 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_conversation WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND held = '" DEMO_DAY "' AND notes = 'Agreed to book the data course.'", ipdr_id),
                   ==, 1);
  g_assert_cmpint (count (fixture, "SELECT last_conversation = '" DEMO_DAY "' FROM ipdr WHERE id = %" G_GINT64_FORMAT,
                          ipdr_id), ==, 1);
  /* The notes are kept, so the field is ready for the next conversation,
   * and the same person is still shown. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);
}

static gboolean
has_bytes (const char *data,
           gsize       length,
           const char *text)
{
  gsize n = strlen (text);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

/* The PDF is the printable record of the person shown. */
static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "record.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 2);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.export-pdf"));
  g_assert_true (grove_conversations_page_export_pdf_to (GROVE_CONVERSATIONS_PAGE (fixture->page), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-1."));
  /* A page object, and written to the end, not cut short; the streams
   * hold NUL bytes, so look in the bytes, not a string. */
  g_assert_true (has_bytes (contents, length, "/Type /Page"));
  g_assert_true (has_bytes (contents + length - 16, 16, "%%EOF"));
}

static guint
count_lines (const char *text,
             const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_equal (lines[i], line);
  return n;
}

/* The calendar holds a mid-year and an end-year review for each report
 * with a record this year, as the list shows them: direct reports, or
 * everyone below; only the owner may read it. */
static void
test_export_reviews (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "reviews.ics", NULL);
  g_autofree char *direct = NULL;
  g_autofree char *all = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gint64 n_direct;

  g_assert_false (grove_conversations_page_export_reviews_to (GROVE_CONVERSATIONS_PAGE (fixture->page), file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  sign_in (fixture);
  g_assert_true (grove_conversations_page_export_reviews_to (GROVE_CONVERSATIONS_PAGE (fixture->page), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &direct, NULL, &error));
  g_assert_true (g_str_has_prefix (direct, "BEGIN:VCALENDAR\r\n"));
  n_direct = count (fixture, "SELECT count(*) FROM ipdr i JOIN person p ON p.id = i.person_id"
                             " WHERE p.manager_id = %" G_GINT64_FORMAT " AND p.archived = 0"
                             " AND '" DEMO_DAY "' BETWEEN i.period_start AND i.period_end", fixture->manager_id);
  g_assert_cmpint (n_direct, >, 0);
  g_assert_cmpuint (count_lines (direct, "BEGIN:VEVENT"), ==, 2 * n_direct);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (fixture, "all_toggle")), TRUE);
  g_assert_true (grove_conversations_page_export_reviews_to (GROVE_CONVERSATIONS_PAGE (fixture->page), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &all, NULL, &error));
  g_assert_cmpuint (count_lines (all, "BEGIN:VEVENT"), ==,
                    2 * count (fixture, "SELECT count(*) FROM ipdr i JOIN person p ON p.id = i.person_id"
                                        " WHERE p.id IN (WITH RECURSIVE below (id) AS"
                                        " (SELECT id FROM person WHERE manager_id = %" G_GINT64_FORMAT
                                        " UNION SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id)"
                                        " SELECT id FROM below) AND p.archived = 0"
                                        " AND '" DEMO_DAY "' BETWEEN i.period_start AND i.period_end",
                               fixture->manager_id));
  g_assert_cmpuint (count_lines (all, "BEGIN:VEVENT"), >, 2 * n_direct);
}

/* Printing draws the record a page to a sheet: exported, the operation
 * writes as many pages as the printable record has. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int n_pages;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.print"));
  operation = grove_conversations_page_new_print_operation (GROVE_CONVERSATIONS_PAGE (fixture->page), &error);
  g_assert_no_error (error);
  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 1);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1."));
  g_assert_true (has_bytes (contents, length, "/Type /Page"));
  g_assert_cmpuint (length, >, 1000);
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

static AdwMessageDialog *
open_dialog (Fixture    *fixture,
             const char *action,
             const char *format,
             ...)
{
  GVariant *target = NULL;
  va_list args;

  va_start (args, format);
  if (format != NULL)
    target = g_variant_new_va (format, NULL, &args);
  va_end (args);
  g_assert_true (gtk_widget_activate_action_variant (fixture->page, action, target));
  return ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As the button does; the button also closes the dialog. */
  adw_message_dialog_response (dialog, response);
  grove_test_close_window (GTK_WIDGET (dialog));
}

/* A note is added through its dialog, which will not add one without an
 * observation. */
static void
test_add_note (Fixture       *fixture,
               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  gint64 ipdr_id;
  gint64 before;
  guint rows;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  rows = count_rows (GTK_WIDGET (child (fixture, "notes_list")));
  g_assert_cmpint (rows, ==, before);

  dialog = open_dialog (fixture, "conversations.add-note", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_field (dialog, "observation", "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_field (dialog, "observation", "Chaired the team meeting well");
  set_field (dialog, "feedback", "Said so afterwards");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  /* The day it was seen is today unless said otherwise. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, "noted"))), ==, DEMO_DAY);
  respond (dialog, "add");

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND noted = '" DEMO_DAY "' AND observation = 'Chaired the team meeting well'"
                                   " AND feedback = 'Said so afterwards'", ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "notes_list"))), ==, rows + 1);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);
}

static void
set_entry (GtkWidget  *box,
           guint       n,
           const char *text)
{
  GtkWidget *entry = gtk_widget_get_first_child (box);

  while (n-- > 0)
    entry = gtk_widget_get_next_sibling (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* An objective needs a title, and a due date that is a date. */
static void
test_add_objective (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *box;
  gint64 ipdr_id;
  gint64 before;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.add-objective", NULL));
  dialog = ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  box = adw_message_dialog_get_extra_child (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_entry (box, 0, "Mentor a new starter");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_entry (box, 2, "next March");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_entry (box, 2, "2027-02-28");
  set_entry (box, 1, "They work on their own by February");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  grove_test_close_window (GTK_WIDGET (dialog));

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND title = 'Mentor a new starter' AND due = '2027-02-28'"
                                   " AND measure = 'They work on their own by February'", ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "objectives_list"))), ==, before + 1);
}

/* A deleted note is gone from the database, and Undo brings it back. */
static void
test_delete_note (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 ipdr_id;
  gint64 note_id;
  gint64 before;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_cmpint (before, >, 0);
  note_id = count (fixture, "SELECT min(id) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.delete-note"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.delete-note", "x", note_id));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before - 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE id = %" G_GINT64_FORMAT, note_id), ==, 0);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "notes_list"))), ==, before - 1);

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "notes_list"))), ==, before);
  /* Undo is once only. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before);
}

/* A deleted activity, then a deleted need with all its activities, come
 * back with Undo as they were, evaluations included. */
static void
test_delete_plan (Fixture       *fixture,
                  gconstpointer  data)
{
#define activities_sql "SELECT count(*) FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id" \
                       " WHERE n.ipdr_id = %" G_GINT64_FORMAT
#define summary_sql "SELECT total(a.rating * 7 + a.status * 3 + length (a.title))" \
                    " FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id" \
                    " WHERE n.ipdr_id = %" G_GINT64_FORMAT
  gint64 ipdr_id, need_id, activity_id, needs, activities, summary, in_need;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  needs = count (fixture, "SELECT count(*) FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  activities = count (fixture, activities_sql, ipdr_id);
  summary = count (fixture, summary_sql, ipdr_id);
  g_assert_cmpint (activities, >, 0);
  activity_id = count (fixture, "SELECT min(a.id) FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id"
                                " WHERE n.ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  need_id = count (fixture, "SELECT need_id FROM ipdr_activity WHERE id = %" G_GINT64_FORMAT, activity_id);
  in_need = count (fixture, "SELECT count(*) FROM ipdr_activity WHERE need_id = %" G_GINT64_FORMAT, need_id);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.delete-activity"));

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.delete-activity", "x", activity_id));
  g_assert_cmpint (count (fixture, activities_sql, ipdr_id), ==, activities - 1);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-plan", NULL));
  g_assert_cmpint (count (fixture, activities_sql, ipdr_id), ==, activities);
  g_assert_cmpint (count (fixture, summary_sql, ipdr_id), ==, summary);

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.delete-need", "x", need_id));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, needs - 1);
  g_assert_cmpint (count (fixture, activities_sql, ipdr_id), ==, activities - in_need);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "plan_list"))), ==, needs - 1);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-plan", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, needs);
  g_assert_cmpint (count (fixture, activities_sql, ipdr_id), ==, activities);
  g_assert_cmpint (count (fixture, summary_sql, ipdr_id), ==, summary);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "plan_list"))), ==, needs);
  /* Undo is once only. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-plan", NULL));
  g_assert_cmpint (count (fixture, activities_sql, ipdr_id), ==, activities);
#undef activities_sql
#undef summary_sql
}

/* Every field of an objective can be changed; a bad date is refused with a
 * message and nothing is saved, and the SMART advice follows the text. */
static void
test_edit_objective (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *problem;
  GtkWidget *advice;
  gint64 ipdr_id;
  gint64 objective_id;
  gint64 condition_id;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  ipdr_id = selected_ipdr (fixture);
  objective_id = count (fixture, "SELECT min(id) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_cmpint (objective_id, >, 0);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.edit-objective"));

  /* A bad date: a clear message, no saving, and nothing changes even if
   * the response comes anyway. */
  dialog = open_dialog (fixture, "conversations.edit-objective", "x", objective_id);
  problem = dialog_field (dialog, "problem");
  advice = dialog_field (dialog, "advice");
  set_field (dialog, "title", "Run the quarterly data review");
  set_field (dialog, "due", "31/03/2027");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)), "“31/03/2027” is not a date"));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE title = 'Run the quarterly data review'"),
                   ==, 0);

  /* The advice speaks of what is missing, and goes once it is there. */
  dialog = open_dialog (fixture, "conversations.edit-objective", "x", objective_id);
  problem = dialog_field (dialog, "problem");
  advice = dialog_field (dialog, "advice");
  set_field (dialog, "title", "Improve the data reviews");
  set_field (dialog, "measure", "");
  set_field (dialog, "due", "");
  g_assert_true (gtk_widget_get_visible (advice));
  g_assert_false (gtk_widget_get_visible (problem));
  set_field (dialog, "measure", "Every review on time, with no rework");
  set_field (dialog, "due", "2027-03-31");
  g_assert_false (gtk_widget_get_visible (advice));
  set_field (dialog, "description", "Four reviews a year");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "status")), GROVE_OBJECTIVE_IN_PROGRESS);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_field (dialog, "progress")), 40);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "condition")), 2);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  respond (dialog, "save");

  condition_id = count (fixture, "SELECT condition_id FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT, objective_id);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT
                                   " AND title = 'Improve the data reviews' AND description = 'Four reviews a year'"
                                   " AND measure = 'Every review on time, with no rework' AND due = '2027-03-31'"
                                   " AND status = 1 AND progress = 40", objective_id), ==, 1);
  /* The second condition of the framework, in its order. */
  g_assert_cmpint (condition_id, ==,
                   count (fixture, "SELECT c.id FROM framework_condition c JOIN framework f ON f.id = c.framework_id"
                                   " WHERE f.key = 'civil-service-learning-culture' ORDER BY c.position, c.id"
                                   " LIMIT 1 OFFSET 1"));
  grove_test_assert_label_on_screen (fixture->page, "Improve the data reviews");
}

/* A deleted objective goes from the database and the record; Undo brings it
 * back as it was, with the WPA notes about it linked again. */
static void
test_delete_objective (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GroveObjective) objective = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ipdr_id;
  gint64 objective_id;
  gint64 before;
  gint64 note_id;
  GroveWpaNote note = { 0 };

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_cmpint (before, >, 0);
  objective_id = count (fixture, "SELECT max(id) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.delete-objective"));
  /* Something to compare with after Undo. */
  g_assert_true (grove_ipdr_set_objective_progress (fixture->store, objective_id, GROVE_OBJECTIVE_IN_PROGRESS, 35,
                                                    &error));
  note.noted = (char *) "2026-06-10";
  note.observation = (char *) "Talked the team through the new process";
  note.objective_id = objective_id;
  note_id = grove_ipdr_add_wpa_note (fixture->store, ipdr_id, &note, &error);
  g_assert_no_error (error);
  objective = grove_ipdr_get_objective (fixture->store, objective_id, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.delete-objective", "x", objective_id));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE id = %" G_GINT64_FORMAT
                                   " AND objective_id IS NULL", note_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT, objective_id),
                   ==, 0);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "objectives_list"))), ==, before - 1);

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-objective", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "objectives_list"))), ==, before);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND title = '%s' AND status = 1 AND progress = 35 AND due IS %s%s%s",
                          ipdr_id, objective->title, objective->due ? "'" : "", objective->due ? objective->due : "NULL",
                          objective->due ? "'" : ""), ==, 1);
  /* The note is about the objective again. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note n JOIN ipdr_objective o ON o.id = n.objective_id"
                                   " WHERE n.id = %" G_GINT64_FORMAT " AND o.title = '%s'", note_id, objective->title),
                   ==, 1);
  /* Undo is once only. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-objective", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   ==, before);
}

/* A need is added with everything about it, an activity to it, and the
 * activity is completed with its evaluation; bad dates are refused. */
static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  AdwMessageDialog *dialog;
  gint64 ipdr_id;
  gint64 need_id;
  gint64 activity_id;
  gint64 before;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.add-need"));

  dialog = open_dialog (fixture, "conversations.add-need", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_field (dialog, "capability", "Data analysis");
  set_field (dialog, "description", "Reading the quarterly figures unaided");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "priority")), 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "source")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "condition")), 1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  respond (dialog, "add");
  need_id = count (fixture, "SELECT id FROM ipdr_need WHERE ipdr_id = %" G_GINT64_FORMAT
                            " AND capability = 'Data analysis' AND description = 'Reading the quarterly figures unaided'"
                            " AND priority = 2 AND source = 1 AND condition_id = (SELECT c.id FROM framework_condition c"
                            " JOIN framework f ON f.id = c.framework_id WHERE f.key = 'civil-service-learning-culture'"
                            " ORDER BY c.position LIMIT 1)", ipdr_id);
  g_assert_cmpint (need_id, >, 0);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "plan_list"))), ==, before + 1);

  dialog = open_dialog (fixture, "conversations.add-activity", "x", need_id);
  set_field (dialog, "title", "Statistics course");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "method")), 4);
  set_field (dialog, "provider", "The Open College");
  set_field (dialog, "due", "31 January");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  g_assert_true (gtk_widget_get_visible (dialog_field (dialog, "problem")));
  respond (dialog, "add");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE need_id = %" G_GINT64_FORMAT, need_id),
                   ==, 0);

  dialog = open_dialog (fixture, "conversations.add-activity", "x", need_id);
  set_field (dialog, "title", "Statistics course");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "method")), 4);
  set_field (dialog, "provider", "The Open College");
  set_field (dialog, "due", "2027-01-31");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_field (dialog, "hours")), 12.5);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "status")), 1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  respond (dialog, "add");
  activity_id = count (fixture, "SELECT id FROM ipdr_activity WHERE need_id = %" G_GINT64_FORMAT
                                " AND title = 'Statistics course' AND method = 4 AND provider = 'The Open College'"
                                " AND due = '2027-01-31' AND hours = 12.5 AND status = 1 AND completed IS NULL", need_id);
  g_assert_cmpint (activity_id, >, 0);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.complete-activity"));

  dialog = open_dialog (fixture, "conversations.complete-activity", "x", activity_id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, "completed"))), ==, DEMO_DAY);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "complete"));
  set_field (dialog, "completed", "yesterday");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "complete"));
  set_field (dialog, "completed", "2026-11-19");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_field (dialog, "hours")), 14);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "rating")), 4);
  set_field (dialog, "what-changed", "Builds the team's reports herself");
  respond (dialog, "complete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE id = %" G_GINT64_FORMAT
                                   " AND status = 2 AND completed = '2026-11-19' AND hours = 14 AND rating = 4"
                                   " AND what_changed = 'Builds the team''s reports herself'", activity_id), ==, 1);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);

  /* Evaluated again later: the day it was completed stays. */
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.complete-activity"));
  dialog = open_dialog (fixture, "conversations.complete-activity", "x", activity_id);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Change the Evaluation");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, "completed"))), ==, "2026-11-19");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "rating"))), ==, 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "rating")), 5);
  set_field (dialog, "what-changed", "Runs the monthly figures for the whole directorate");
  respond (dialog, "complete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE id = %" G_GINT64_FORMAT
                                   " AND status = 2 AND completed = '2026-11-19' AND hours = 14 AND rating = 5"
                                   " AND what_changed = 'Runs the monthly figures for the whole directorate'",
                          activity_id), ==, 1);
}

static gint64
ipdr_status (Fixture *fixture,
             gint64   ipdr_id)
{
  return count (fixture, "SELECT status FROM ipdr WHERE id = %" G_GINT64_FORMAT, ipdr_id);
}

static void
hold_review (Fixture         *fixture,
             gint64           ipdr_id,
             GroveReviewKind  kind,
             const char      *held)
{
  g_autoptr(GError) error = NULL;
  GroveReview review = { .kind = kind, .scheduled = (char *) "2026-10-01", .held = (char *) held };

  g_assert_true (grove_ipdr_save_review (fixture->store, ipdr_id, &review, &error));
  g_assert_no_error (error);
}

/* The record moves one step at a time, a step whose requirement has not
 * happened is refused, sign-off comes after the end-year review and locks
 * the record, and a change after that is logged in the history. */
static void
test_status_and_sign_off (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (child (fixture, "team_selection"));
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  guint position = GTK_INVALID_LIST_POSITION;
  gint64 ipdr_id = 0;
  gint64 objective_id;

  sign_in (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)) && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GroveTeamMemberItem) item = g_list_model_get_item (G_LIST_MODEL (selection), i);
      gint64 id = grove_team_member_item_get_member (item)->ipdr_id;

      if (id != 0 && count (fixture, "SELECT status <= 1 AND locked = 0 FROM ipdr WHERE id = %" G_GINT64_FORMAT, id))
        {
          position = i;
          ipdr_id = id;
        }
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  /* A draft with objectives and no review held yet. */
  g_assert_true (grove_ipdr_set_status (fixture->store, ipdr_id, GROVE_IPDR_DRAFT, &error));
  hold_review (fixture, ipdr_id, GROVE_REVIEW_MID_YEAR, NULL);
  hold_review (fixture, ipdr_id, GROVE_REVIEW_END_YEAR, NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id),
                   >, 0);
  gtk_single_selection_set_selected (selection, position == 0 ? 1 : 0);
  gtk_single_selection_set_selected (selection, position);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);

  g_assert_nonnull (grove_test_find_button (fixture->page, "conversations.advance-status"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_AGREED);
  /* Back is offered only from agreed, and forward again. */
  g_assert_nonnull (grove_test_find_button (fixture->page, "conversations.back-to-draft"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.back-to-draft", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_DRAFT);
  g_assert_null (grove_test_find_button (fixture->page, "conversations.back-to-draft"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  /* No mid-year review held: refused, and the record stays as it was. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_AGREED);
  g_assert_null (grove_test_find_button (fixture->page, "conversations.sign-off"));

  hold_review (fixture, ipdr_id, GROVE_REVIEW_MID_YEAR, "2026-10-02");
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_MID_YEAR_REVIEWED);
  hold_review (fixture, ipdr_id, GROVE_REVIEW_END_YEAR, "2026-11-18");
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_END_YEAR_REVIEWED);
  /* Closing waits for both signatures. */
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);
  g_assert_null (grove_test_find_button (fixture->page, "conversations.advance-status"));

  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.sign-off"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.sign-off", "i", GROVE_IPDR_SIGNER_PERSON));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr WHERE id = %" G_GINT64_FORMAT
                                   " AND person_signed = '" DEMO_DAY "' AND manager_signed IS NULL AND locked = 0",
                          ipdr_id), ==, 1);
  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.sign-off", "i", GROVE_IPDR_SIGNER_MANAGER));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr WHERE id = %" G_GINT64_FORMAT
                                   " AND manager_signed = '" DEMO_DAY "' AND locked = 1", ipdr_id), ==, 1);
  g_assert_null (grove_test_find_button (fixture->page, "conversations.sign-off"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "status_label"))), "locked"));
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "history_list"))), ==, 0);

  /* Locked: the change is made, as an amendment by the manager. */
  objective_id = count (fixture, "SELECT min(id) FROM ipdr_objective WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  dialog = open_dialog (fixture, "conversations.edit-objective", "x", objective_id);
  set_field (dialog, "title", "Halve the backlog of requests");
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_objective WHERE id = %" G_GINT64_FORMAT
                                   " AND title = 'Halve the backlog of requests'", objective_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_amendment WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND by_id = %" G_GINT64_FORMAT
                                   " AND what = 'Changed the objective “Halve the backlog of requests”'",
                          ipdr_id, fixture->manager_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT locked FROM ipdr WHERE id = %" G_GINT64_FORMAT, ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "history_list"))), ==, 1);

  g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.advance-status", NULL));
  g_assert_cmpint (ipdr_status (fixture, ipdr_id), ==, GROVE_IPDR_CLOSED);
  g_assert_null (grove_test_find_button (fixture->page, "conversations.advance-status"));
}

/* The row under @widget that runs @action with @target when activated. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *action,
          GVariant   *target)
{
  GVariant *own;

  if (GTK_IS_LIST_BOX_ROW (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      (own = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget))) != NULL &&
      g_variant_equal (own, target))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, action, target);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Opens an item's editor as the keyboard does: Enter on its row. */
static AdwMessageDialog *
activate_row (Fixture    *fixture,
              const char *list,
              const char *action,
              GVariant   *target)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (target);
  GtkWidget *row = find_row (GTK_WIDGET (child (fixture, list)), action, owned);

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (grove_test_press_key (fixture->window, GDK_KEY_Return, 0));
  return ADW_MESSAGE_DIALOG (grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
}

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label_containing (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An objective the SMART check has nothing to say about opens its editor
 * from its row; one with advice opens the advice instead. */
static void
test_objective_row (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GroveObjective) objective = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 ipdr_id;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  ipdr_id = selected_ipdr (fixture);
  objective = grove_ipdr_get_objective (fixture->store,
                                        count (fixture, "SELECT min(id) FROM ipdr_objective WHERE ipdr_id = %"
                                                        G_GINT64_FORMAT, ipdr_id),
                                        &error);
  g_assert_no_error (error);
  g_free (objective->title);
  objective->title = g_strdup ("Publish the team’s service standards");
  g_free (objective->measure);
  objective->measure = g_strdup ("Standards on the intranet, agreed by the director");
  g_free (objective->due);
  objective->due = g_strdup ("2027-01-31");
  g_assert_true (grove_ipdr_update_objective (fixture->store, objective, &error));
  g_assert_no_error (error);
  grove_conversations_page_reload (GROVE_CONVERSATIONS_PAGE (fixture->page));

  dialog = activate_row (fixture, "objectives_list", "conversations.edit-objective",
                         g_variant_new_int64 (objective->id));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Edit Objective");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, "title"))), ==,
                   "Publish the team’s service standards");
  respond (dialog, "cancel");
}

/* A review is booked and held with the person's reflection and the
 * manager's view beside the summary; opening it again shows what was
 * written. */
static void
test_reviews (Fixture       *fixture,
              gconstpointer  data)
{
  AdwMessageDialog *dialog;
  gint64 ipdr_id;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 2);
  ipdr_id = selected_ipdr (fixture);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.record-review"));

  dialog = open_dialog (fixture, "conversations.edit-review", "i", GROVE_REVIEW_END_YEAR);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "kind"))), ==,
                    GROVE_REVIEW_END_YEAR);
  set_field (dialog, "scheduled", "2027-03-10");
  set_field (dialog, "held", "10 March");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_get_visible (dialog_field (dialog, "problem")));
  set_field (dialog, "held", "2027-03-12");
  set_field (dialog, "summary", "A strong year; the backlog is gone");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "rating")), 4);
  set_field (dialog, "went-well", "Leading the move to the new system");
  set_field (dialog, "went-badly", "Too little time for the team");
  set_field (dialog, "learned", "To delegate earlier");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (dialog_field (dialog, "manager-view"))),
                            "  Ready to lead the team.\nTalk about a promotion.  ", -1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_review WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND kind = 1 AND manager_view = 'Ready to lead the team.' || char (10)"
                                   " || 'Talk about a promotion.'", ipdr_id), ==, 1);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (child (fixture, "reviews_list")), "Ready to lead the team."));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_review WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND kind = 1 AND scheduled = '2027-03-10' AND held = '2027-03-12'"
                                   " AND summary = 'A strong year; the backlog is gone' AND rating = 4"
                                   " AND went_well = 'Leading the move to the new system'"
                                   " AND went_badly = 'Too little time for the team'"
                                   " AND learned = 'To delegate earlier'", ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "reviews_list"))), ==,
                    count (fixture, "SELECT count(*) FROM ipdr_review WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id));

  /* Choosing the kind brings back what is stored for it. */
  dialog = open_dialog (fixture, "conversations.edit-review", "i", GROVE_REVIEW_MID_YEAR);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "kind")), GROVE_REVIEW_END_YEAR);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, "learned"))), ==, "To delegate earlier");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "rating"))), ==, 4);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (dialog_field (dialog, "manager-view")));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Ready to lead the team.\nTalk about a promotion.");
  }
  respond (dialog, "cancel");

  /* The review's row opens it too. Emptied, the manager's view is gone;
   * the rest stays. */
  dialog = activate_row (fixture, "reviews_list", "conversations.edit-review",
                         g_variant_new_int32 (GROVE_REVIEW_END_YEAR));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "kind"))), ==,
                    GROVE_REVIEW_END_YEAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (dialog_field (dialog, "manager-view"))), "", -1);
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_review WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND kind = 1 AND manager_view IS NULL AND learned = 'To delegate earlier'",
                          ipdr_id), ==, 1);
}

/* 360 feedback needs what was said; who said it may stay anonymous. */
static void
test_feedback (Fixture       *fixture,
               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  gint64 ipdr_id;
  gint64 before;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 1);
  ipdr_id = selected_ipdr (fixture);
  before = count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT, ipdr_id);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "feedback_list"))), ==, before);

  dialog = open_dialog (fixture, "conversations.add-feedback", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "source")), GROVE_FEEDBACK_STAKEHOLDER);
  set_field (dialog, "text", "Always clear about what the team can deliver");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_field (dialog, "received", "last week");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  set_field (dialog, "received", "2026-11-13");
  respond (dialog, "add");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND source = 2 AND from_name IS NULL AND received = '2026-11-13'"
                                   " AND text = 'Always clear about what the team can deliver'", ipdr_id), ==, 1);

  dialog = open_dialog (fixture, "conversations.add-feedback", NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "source")), GROVE_FEEDBACK_PEER);
  set_field (dialog, "from", "Sam Jones");
  set_field (dialog, "text", "Shares what she knows");
  /* Enter in a field gives the default response, as the keyboard does. */
  gtk_widget_grab_focus (dialog_field (dialog, "text"));
  g_assert_true (grove_test_press_key (GTK_WIDGET (dialog), GDK_KEY_Return, 0));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the dialog to close");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND source = 0 AND from_name = 'Sam Jones' AND received = '" DEMO_DAY "'"
                                   " AND text = 'Shares what she knows'", ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "feedback_list"))), ==, before + 2);

  /* Deleted from its row's button, and back again with Undo, as it was. */
  {
    gint64 feedback_id = count (fixture, "SELECT id FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                         " AND from_name = 'Sam Jones'", ipdr_id);

    g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.delete-feedback", "x", feedback_id));
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                     " AND from_name = 'Sam Jones'", ipdr_id), ==, 0);
    g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "feedback_list"))), ==, before + 1);
    g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-feedback", NULL));
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                     " AND source = 0 AND from_name = 'Sam Jones' AND received = '" DEMO_DAY "'"
                                     " AND text = 'Shares what she knows'", ipdr_id), ==, 1);
    g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "feedback_list"))), ==, before + 2);
    /* Undo is once only. */
    g_assert_true (gtk_widget_activate_action (fixture->page, "conversations.undo-delete-feedback", NULL));
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE ipdr_id = %" G_GINT64_FORMAT
                                     " AND from_name = 'Sam Jones'", ipdr_id), ==, 1);
  }
}

static const char *
field_text (AdwMessageDialog *dialog,
            const char       *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (dialog_field (dialog, name)));
}

/* An edit dialog is the add dialog, titled for editing and saving. */
static void
assert_edit_dialog (AdwMessageDialog *dialog,
                    const char       *heading)
{
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_false (adw_message_dialog_has_response (dialog, "add"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==, "_Save");
}

/* A note opens from its row with what it says; a bad date is refused and
 * nothing is saved; every field can be changed, and the note keeps the
 * objective it is about. */
static void
test_edit_note (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  const GroveWpaNote *note;
  AdwMessageDialog *dialog;
  gint64 ipdr_id;
  guint rows;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  notes = grove_ipdr_list_wpa_notes (fixture->store, ipdr_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, >, 0);
  note = g_ptr_array_index (notes, notes->len - 1);
  rows = count_rows (GTK_WIDGET (child (fixture, "notes_list")));

  dialog = activate_row (fixture, "notes_list", "conversations.edit-note", g_variant_new_int64 (note->id));
  assert_edit_dialog (dialog, "Edit the Workplace Assessment Note");
  g_assert_cmpstr (field_text (dialog, "observation"), ==, note->observation);
  g_assert_cmpstr (field_text (dialog, "feedback"), ==, note->feedback != NULL ? note->feedback : "");
  g_assert_cmpstr (field_text (dialog, "noted"), ==, note->noted);
  set_field (dialog, "observation", "Led the planning day");
  set_field (dialog, "noted", "last Tuesday");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_get_visible (dialog_field (dialog, "problem")));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE observation = 'Led the planning day'"),
                   ==, 0);

  dialog = activate_row (fixture, "notes_list", "conversations.edit-note", g_variant_new_int64 (note->id));
  set_field (dialog, "observation", "Led the planning day");
  set_field (dialog, "feedback", "Asked for more time for questions");
  set_field (dialog, "noted", "2026-11-03");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE id = %" G_GINT64_FORMAT
                                   " AND ipdr_id = %" G_GINT64_FORMAT " AND observation = 'Led the planning day'"
                                   " AND feedback = 'Asked for more time for questions' AND noted = '2026-11-03'"
                                   " AND ifnull (objective_id, 0) = %" G_GINT64_FORMAT,
                          note->id, ipdr_id, note->objective_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "notes_list"))), ==, rows);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);
  grove_test_assert_label_on_screen (fixture->page, "Led the planning day");
  grove_test_assert_label_on_screen (fixture->page, "Note saved");

  /* Feedback is optional: emptied, it is gone. */
  dialog = activate_row (fixture, "notes_list", "conversations.edit-note", g_variant_new_int64 (note->id));
  set_field (dialog, "feedback", "  ");
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_wpa_note WHERE id = %" G_GINT64_FORMAT
                                   " AND feedback IS NULL", note->id), ==, 1);
}

/* A need opens from its button and an activity from its row, each with
 * what it holds; the changes are stored, and an activity no longer done
 * loses its completion and evaluation, and one marked done gets today. */
static void
test_edit_plan (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  const GroveActivity *activity = NULL;
  const GroveNeed *need = NULL;
  AdwMessageDialog *dialog;
  gint64 ipdr_id;

  sign_in (fixture);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (child (fixture, "team_selection")), 0);
  ipdr_id = selected_ipdr (fixture);
  activities = grove_ipdr_list_activities (fixture->store, ipdr_id, &error);
  needs = grove_ipdr_list_needs (fixture->store, ipdr_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, >, 0);
  activity = g_ptr_array_index (activities, 0);
  for (guint i = 0; i < needs->len; i++)
    if (((GroveNeed *) g_ptr_array_index (needs, i))->id == activity->need_id)
      need = g_ptr_array_index (needs, i);
  g_assert_nonnull (need);
  g_assert_true (grove_test_button_is_sensitive (fixture->page, "conversations.edit-need"));

  dialog = open_dialog (fixture, "conversations.edit-need", "x", need->id);
  assert_edit_dialog (dialog, "Edit the Development Need");
  g_assert_cmpstr (field_text (dialog, "capability"), ==, need->capability);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "priority"))), ==, need->priority);
  set_field (dialog, "capability", " ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  set_field (dialog, "capability", "Negotiating with suppliers");
  set_field (dialog, "description", "Contracts over 50,000");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "priority")), GROVE_NEED_PRIORITY_HIGH);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "source")), GROVE_NEED_SOURCE_SKILLS_AUDIT);
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_need WHERE id = %" G_GINT64_FORMAT
                                   " AND capability = 'Negotiating with suppliers'"
                                   " AND description = 'Contracts over 50,000' AND priority = %d AND source = %d",
                          need->id, GROVE_NEED_PRIORITY_HIGH, GROVE_NEED_SOURCE_SKILLS_AUDIT), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE need_id = %" G_GINT64_FORMAT, need->id),
                   >, 0);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);

  dialog = activate_row (fixture, "plan_list", "conversations.edit-activity", g_variant_new_int64 (activity->id));
  assert_edit_dialog (dialog, "Edit the Development Activity");
  g_assert_cmpstr (field_text (dialog, "title"), ==, activity->title);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "method"))), ==,
                    activity->method);
  set_field (dialog, "title", "Negotiation skills course");
  set_field (dialog, "due", "2027-02-31");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  set_field (dialog, "due", "2027-02-26");
  set_field (dialog, "provider", "Civil Service College");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "method")), GROVE_LEARNING_E_LEARNING);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_field (dialog, "hours")), 12);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "status")), GROVE_ACTIVITY_IN_PROGRESS);
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE id = %" G_GINT64_FORMAT
                                   " AND need_id = %" G_GINT64_FORMAT " AND title = 'Negotiation skills course'"
                                   " AND due = '2027-02-26' AND provider = 'Civil Service College' AND method = %d"
                                   " AND hours = 12 AND status = %d AND completed IS NULL AND rating IS NULL",
                          activity->id, need->id, GROVE_LEARNING_E_LEARNING, GROVE_ACTIVITY_IN_PROGRESS), ==, 1);

  dialog = activate_row (fixture, "plan_list", "conversations.edit-activity", g_variant_new_int64 (activity->id));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "status"))), ==,
                    GROVE_ACTIVITY_IN_PROGRESS);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "status")), GROVE_ACTIVITY_COMPLETED);
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_activity WHERE id = %" G_GINT64_FORMAT
                                   " AND status = %d AND completed = '" DEMO_DAY "'"
                                   " AND title = 'Negotiation skills course'",
                          activity->id, GROVE_ACTIVITY_COMPLETED), ==, 1);
}

/* 360 feedback opens from its row; a bad date is refused; the changes are
 * stored, and once the record is signed off a change is an amendment with
 * its line in the log. */
static void
test_edit_feedback (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (child (fixture, "team_selection"));
  g_autoptr(GError) error = NULL;
  GroveFeedback added = { .source = GROVE_FEEDBACK_PEER, .from_name = (char *) "Sam Jones",
                          .received = (char *) "2026-10-05", .text = (char *) "Shares what she knows" };
  AdwMessageDialog *dialog;
  gint64 ipdr_id;
  gint64 feedback_id;
  guint rows;

  sign_in (fixture);
  gtk_single_selection_set_selected (selection, 1);
  ipdr_id = selected_ipdr (fixture);
  feedback_id = grove_ipdr_add_feedback (fixture->store, ipdr_id, &added, &error);
  g_assert_no_error (error);
  gtk_single_selection_set_selected (selection, 0);
  gtk_single_selection_set_selected (selection, 1);
  rows = count_rows (GTK_WIDGET (child (fixture, "feedback_list")));

  dialog = activate_row (fixture, "feedback_list", "conversations.edit-feedback", g_variant_new_int64 (feedback_id));
  assert_edit_dialog (dialog, "Edit 360 Feedback");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog_field (dialog, "source"))), ==,
                    GROVE_FEEDBACK_PEER);
  g_assert_cmpstr (field_text (dialog, "from"), ==, "Sam Jones");
  g_assert_cmpstr (field_text (dialog, "received"), ==, "2026-10-05");
  g_assert_cmpstr (field_text (dialog, "text"), ==, "Shares what she knows");
  set_field (dialog, "received", "5 October");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE id = %" G_GINT64_FORMAT
                                   " AND received = '2026-10-05'", feedback_id), ==, 1);

  /* Anonymous once the name is taken out. */
  dialog = activate_row (fixture, "feedback_list", "conversations.edit-feedback", g_variant_new_int64 (feedback_id));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_field (dialog, "source")), GROVE_FEEDBACK_STAKEHOLDER);
  set_field (dialog, "from", "");
  set_field (dialog, "received", "2026-10-06");
  set_field (dialog, "text", "Shares what she knows, and early");
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE id = %" G_GINT64_FORMAT
                                   " AND ipdr_id = %" G_GINT64_FORMAT " AND source = 2 AND from_name IS NULL"
                                   " AND received = '2026-10-06' AND text = 'Shares what she knows, and early'",
                          feedback_id, ipdr_id), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (child (fixture, "feedback_list"))), ==, rows);
  g_assert_cmpint (selected_ipdr (fixture), ==, ipdr_id);

  /* Signed off by both: the change is made, and logged. */
  hold_review (fixture, ipdr_id, GROVE_REVIEW_MID_YEAR, "2026-10-02");
  hold_review (fixture, ipdr_id, GROVE_REVIEW_END_YEAR, "2026-11-18");
  for (gint64 status = ipdr_status (fixture, ipdr_id) + 1; status <= GROVE_IPDR_END_YEAR_REVIEWED; status++)
    g_assert_true (grove_ipdr_set_status (fixture->store, ipdr_id, status, &error));
  g_assert_true (grove_ipdr_sign (fixture->store, ipdr_id, GROVE_IPDR_SIGNER_PERSON, NULL, &error));
  g_assert_true (grove_ipdr_sign (fixture->store, ipdr_id, GROVE_IPDR_SIGNER_MANAGER, NULL, &error));
  g_assert_no_error (error);
  gtk_single_selection_set_selected (selection, 0);
  gtk_single_selection_set_selected (selection, 1);
  dialog = activate_row (fixture, "feedback_list", "conversations.edit-feedback", g_variant_new_int64 (feedback_id));
  set_field (dialog, "text", "Shares what she knows");
  respond (dialog, "save");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_feedback WHERE id = %" G_GINT64_FORMAT
                                   " AND text = 'Shares what she knows'", feedback_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ipdr_amendment WHERE ipdr_id = %" G_GINT64_FORMAT
                                   " AND by_id = %" G_GINT64_FORMAT " AND what = 'Changed 360 feedback (Stakeholder)'",
                          ipdr_id, fixture->manager_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT locked FROM ipdr WHERE id = %" G_GINT64_FORMAT, ipdr_id), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  grove_register_resource ();

  g_test_add ("/conversations/chooser", Fixture, NULL, fixture_set_up, test_chooser, fixture_tear_down);
  g_test_add ("/conversations/team", Fixture, NULL, fixture_set_up, test_team, fixture_tear_down);
  g_test_add ("/conversations/objectives", Fixture, NULL, fixture_set_up, test_objectives, fixture_tear_down);
  g_test_add ("/conversations/finish", Fixture, NULL, fixture_set_up, test_finish, fixture_tear_down);
  g_test_add ("/conversations/export-pdf", Fixture, NULL, fixture_set_up, test_export_pdf, fixture_tear_down);
  g_test_add ("/conversations/export-reviews", Fixture, NULL, fixture_set_up, test_export_reviews,
              fixture_tear_down);
  g_test_add ("/conversations/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);
  g_test_add ("/conversations/add-note", Fixture, NULL, fixture_set_up, test_add_note, fixture_tear_down);
  g_test_add ("/conversations/add-objective", Fixture, NULL, fixture_set_up, test_add_objective, fixture_tear_down);
  g_test_add ("/conversations/delete-note-and-undo", Fixture, NULL, fixture_set_up, test_delete_note, fixture_tear_down);

  g_test_add ("/conversations/edit-objective", Fixture, NULL, fixture_set_up, test_edit_objective, fixture_tear_down);
  g_test_add ("/conversations/objective-row", Fixture, NULL, fixture_set_up, test_objective_row, fixture_tear_down);
  g_test_add ("/conversations/delete-objective-and-undo", Fixture, NULL, fixture_set_up, test_delete_objective,
              fixture_tear_down);

  g_test_add ("/conversations/plan", Fixture, NULL, fixture_set_up, test_plan, fixture_tear_down);

  g_test_add ("/conversations/status-and-sign-off", Fixture, NULL, fixture_set_up, test_status_and_sign_off,
              fixture_tear_down);

  g_test_add ("/conversations/reviews", Fixture, NULL, fixture_set_up, test_reviews, fixture_tear_down);
  g_test_add ("/conversations/feedback", Fixture, NULL, fixture_set_up, test_feedback, fixture_tear_down);
  g_test_add ("/conversations/delete-plan", Fixture, NULL, fixture_set_up, test_delete_plan, fixture_tear_down);
  g_test_add ("/conversations/edit-note", Fixture, NULL, fixture_set_up, test_edit_note, fixture_tear_down);
  g_test_add ("/conversations/edit-plan", Fixture, NULL, fixture_set_up, test_edit_plan, fixture_tear_down);
  g_test_add ("/conversations/edit-feedback", Fixture, NULL, fixture_set_up, test_edit_feedback, fixture_tear_down);

  return g_test_run ();
}
