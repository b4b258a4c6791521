/* grove-coaching-request-dialog.c: putting a request for coaching or
 * mentoring on the waiting list
 *
 * The person comes from a searchable list of everyone who has not left.
 * The dialog keeps "Add" off, with the reason shown, until someone is
 * chosen, and while the person already waits for the same kind of help; the
 * core checks the rest and its message is a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-org.h"

typedef struct {
  GroveCoachingPage *page;
  AdwMessageDialog  *dialog;
  GPtrArray         *people;   /* (element-type GrovePerson) by name */
  GHashTable        *waiting;  /* "person:kind" of the requests waiting now */
  GtkDropDown       *person;
  GtkDropDown       *kind;
  GtkEntry          *goals;
  GtkEntry          *specialisms;
  GtkEntry          *languages;
  GtkLabel          *problem;
} RequestDialog;

/* The kind list's order. */
static const GroveMatchKind kinds[] = { GROVE_MATCH_COACHING, GROVE_MATCH_MENTORING };

static void
request_dialog_free (RequestDialog *dialog)
{
  g_object_unref (dialog->page);
  g_clear_pointer (&dialog->people, g_ptr_array_unref);
  g_clear_pointer (&dialog->waiting, g_hash_table_unref);
  g_free (dialog);
}

static char *
waiting_key (gint64         person_id,
             GroveMatchKind kind)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%d", person_id, kind);
}

static GrovePerson *
chosen_person (RequestDialog *dialog)
{
  guint position = gtk_drop_down_get_selected (dialog->person);

  return position < dialog->people->len ? g_ptr_array_index (dialog->people, position) : NULL;
}

static GroveMatchKind
chosen_kind (RequestDialog *dialog)
{
  return kinds[MIN (gtk_drop_down_get_selected (dialog->kind), G_N_ELEMENTS (kinds) - 1)];
}

static void
validate (RequestDialog *dialog)
{
  GrovePerson *person = chosen_person (dialog);
  g_autofree char *problem = NULL;

  if (person == NULL)
    problem = g_strdup (_("Choose who the request is for."));
  else
    {
      g_autofree char *key = waiting_key (person->id, chosen_kind (dialog));

      if (g_hash_table_contains (dialog->waiting, key))
        problem = g_strdup_printf (chosen_kind (dialog) == GROVE_MATCH_MENTORING
                                   ? _("%s is already waiting for a mentor.")
                                   : _("%s is already waiting for a coach."),
                                   person->name);
    }
  adw_message_dialog_set_response_enabled (dialog->dialog, "add", problem == NULL);
  gtk_label_set_label (dialog->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (dialog->problem), problem != NULL);
}

static GStrv
split_list (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* Typed lists come with spaces after the commas. */
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strstrip (parts[i])[0] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
add_response_cb (AdwMessageDialog *message_dialog,
                 const char       *response,
                 RequestDialog    *dialog)
{
  GroveCoachingPage *self = dialog->page;
  GrovePerson *person = chosen_person (dialog);
  g_autofree char *today = grove_coaching_page_today ();
  g_autofree char *goals = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->goals))));
  g_autoptr(GroveCoachingRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "add") || person == NULL || self->store == NULL)
    return;

  request = grove_coaching_request_new (person->id, chosen_kind (dialog), today);
  request->goals = goals[0] != '\0' ? g_steal_pointer (&goals) : NULL;
  request->wanted = split_list (dialog->specialisms);
  request->languages = split_list (dialog->languages);
  if (grove_coaching_add_request (self->store, request, &error) == 0)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
  /* Translators: e.g. "Ann Lee is on the waiting list" */
  message = g_strdup_printf (_("%s is on the waiting list"), person->name);
  grove_coaching_page_toast (self, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(GrovePerson * const *) a)->name, (*(GrovePerson * const *) b)->name);
}

static gboolean
read_people (RequestDialog  *dialog,
             GError        **error)
{
  GroveStore *store = dialog->page->store;
  g_autoptr(GPtrArray) requests = grove_coaching_list_requests (store, TRUE, error);

  if (requests == NULL)
    return FALSE;
  dialog->waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < requests->len; i++)
    {
      GroveCoachingRequest *request = g_ptr_array_index (requests, i);

      g_hash_table_add (dialog->waiting, waiting_key (request->person_id, request->kind));
    }
  dialog->people = grove_org_list_people (store, 0, TRUE, FALSE, error);
  if (dialog->people == NULL)
    return FALSE;
  g_ptr_array_sort (dialog->people, compare_names);
  return TRUE;
}

static GtkWidget *
new_person_list (RequestDialog *dialog)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (guint i = 0; i < dialog->people->len; i++)
    gtk_string_list_append (names, ((GrovePerson *) g_ptr_array_index (dialog->people, i))->name);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), GTK_INVALID_LIST_POSITION);
  gtk_widget_set_name (drop_down, "person");
  gtk_widget_set_tooltip_text (drop_down, _("Type to search everyone in the organisation"));
  return drop_down;
}

static GtkEntry *
add_entry (GtkWidget  *grid,
           int         row,
           const char *title,
           const char *name,
           const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return GTK_ENTRY (grove_coaching_page_add_field (grid, row, title, entry));
}

static GtkWidget *
build_fields (RequestDialog *dialog)
{
  const char * const kind_names[] = { _("Coaching"), _("Mentoring"), NULL };
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  dialog->person = GTK_DROP_DOWN (grove_coaching_page_add_field (grid, 0, _("_Person"), new_person_list (dialog)));
  dialog->kind = GTK_DROP_DOWN (grove_coaching_page_add_field (grid, 1, _("_Kind"),
                                                               gtk_drop_down_new_from_strings (kind_names)));
  gtk_widget_set_name (GTK_WIDGET (dialog->kind), "kind");
  dialog->goals = add_entry (grid, 2, _("_Goals"), "goals", _("What they want to achieve"));
  dialog->specialisms = add_entry (grid, 3, _("_Wanted specialisms"), "specialisms", _("Separated by commas"));
  dialog->languages = add_entry (grid, 4, _("_Languages needed"), "languages", _("Separated by commas"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->languages),
                               _("Only a coach who speaks all of these is proposed"));

  dialog->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (dialog->problem), "problem");
  gtk_label_set_wrap (dialog->problem, TRUE);
  gtk_label_set_xalign (dialog->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->problem), "error");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (dialog->problem), 0, 5, 2, 1);
  return grid;
}

void
grove_coaching_page_add_request (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  RequestDialog *dialog;

  dialog = g_new0 (RequestDialog, 1);
  dialog->page = g_object_ref (self);
  if (!read_people (dialog, &error))
    {
      grove_coaching_page_toast (self, error->message);
      request_dialog_free (dialog);
      return;
    }

  dialog->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               _("Add a Request"), NULL));
  adw_message_dialog_add_responses (dialog->dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog->dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog->dialog, "add");
  adw_message_dialog_set_close_response (dialog->dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog->dialog, build_fields (dialog));
  validate (dialog);

  g_signal_connect_swapped (dialog->person, "notify::selected", G_CALLBACK (validate), dialog);
  g_signal_connect_swapped (dialog->kind, "notify::selected", G_CALLBACK (validate), dialog);
  g_signal_connect_data (dialog->dialog, "response", G_CALLBACK (add_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) request_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog->dialog));
}
