/* grove-coaching-coach-dialog.c: adding a coach or mentor to the pool, and
 * editing one
 *
 * The person comes from a searchable list of the people who are not in the
 * pool yet; their location and languages are filled in from their record,
 * and saving them changes that record, because matching reads them there.
 * What the dialog can tell by itself (nobody chosen, no way of meeting,
 * fewer seats than are taken) keeps "Save" off with the reason shown; the
 * core checks the rest and its message is a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-org.h"

#define CAPACITY_MAX 50

typedef struct {
  GroveCoachingPage *page;
  AdwMessageDialog  *dialog;
  GroveCoach        *coach;       /* editing: a copy, as it was read */
  gint64             coach_id;    /* 0 when adding */
  GPtrArray         *people;      /* (element-type GrovePerson) who can be added */
  GtkDropDown       *person;      /* NULL when editing */
  GtkDropDown       *role;
  GtkSpinButton     *capacity;
  GtkEntry          *specialisms;
  GtkEntry          *languages;
  GtkEntry          *location;
  GtkCheckButton    *remote;
  GtkCheckButton    *in_person;
  GtkEntry          *accreditation;
  GtkCheckButton    *active;
  GtkLabel          *problem;
} CoachDialog;

/* The role list's order. */
static const guint roles[] = { GROVE_MATCH_ROLE_COACH, GROVE_MATCH_ROLE_MENTOR, GROVE_MATCH_ROLE_BOTH };

static void
coach_dialog_free (CoachDialog *dialog)
{
  g_object_unref (dialog->page);
  g_clear_pointer (&dialog->people, g_ptr_array_unref);
  g_clear_pointer (&dialog->coach, grove_coach_free);
  g_free (dialog);
}

/* The page reads its table again after any change, so the dialog keeps its
 * own. */
static GroveCoach *
copy_coach (const GroveCoach *coach)
{
  GroveCoach *copy = grove_coach_new (coach->person_id, coach->roles, coach->capacity);

  copy->id = coach->id;
  copy->name = g_strdup (coach->name);
  copy->location = g_strdup (coach->location);
  copy->languages = g_strdupv (coach->languages);
  copy->used = coach->used;
  copy->specialisms = g_strdupv (coach->specialisms);
  copy->accreditation = g_strdup (coach->accreditation);
  copy->supervision_hours = coach->supervision_hours;
  copy->availability = coach->availability;
  copy->availability_note = g_strdup (coach->availability_note);
  copy->remote = coach->remote;
  copy->in_person = coach->in_person;
  copy->active = coach->active;
  return copy;
}

static GrovePerson *
chosen_person (CoachDialog *dialog)
{
  guint position;

  if (dialog->person == NULL)
    return NULL;
  position = gtk_drop_down_get_selected (dialog->person);
  return position < dialog->people->len ? g_ptr_array_index (dialog->people, position) : NULL;
}

/* The first thing that keeps the coach from being saved, or NULL. */
static char *
find_problem (CoachDialog *dialog)
{
  guint capacity = gtk_spin_button_get_value_as_int (dialog->capacity);

  if (dialog->person != NULL && dialog->people->len == 0)
    return g_strdup (_("Everyone is in the pool already."));
  if (dialog->person != NULL && chosen_person (dialog) == NULL)
    return g_strdup (_("Choose who joins the pool."));
  if (!gtk_check_button_get_active (dialog->remote) && !gtk_check_button_get_active (dialog->in_person))
    return g_strdup (_("Choose at least one way of meeting: remotely or in person."));
  if (dialog->coach != NULL && capacity < dialog->coach->used)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The capacity cannot be below the %u seat taken now.",
                                         "The capacity cannot be below the %u seats taken now.",
                                         dialog->coach->used),
                            dialog->coach->used);
  return NULL;
}

static void
validate (CoachDialog *dialog)
{
  g_autofree char *problem = find_problem (dialog);

  adw_message_dialog_set_response_enabled (dialog->dialog, "save", problem == NULL);
  gtk_label_set_label (dialog->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (dialog->problem), problem != NULL);
}

static void
set_text (GtkEntry   *entry,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
set_list (GtkEntry *entry,
          GStrv     values)
{
  g_autofree char *text = values != NULL ? g_strjoinv (", ", values) : NULL;

  set_text (entry, text);
}

/* Where they are and what they speak are the person's: show what is on
 * their record. */
static void
person_chosen_cb (CoachDialog *dialog)
{
  GrovePerson *person = chosen_person (dialog);

  if (person != NULL)
    {
      set_text (dialog->location, person->location);
      set_list (dialog->languages, person->languages);
    }
  validate (dialog);
}

static GStrv
split_list (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text[0] != '\0' ? g_strsplit (text, ",", -1) : NULL;
}

static char *
dup_text (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Chooses the coach's row, so that what was just saved stays in view. */
static void
choose_coach (GroveCoachingPage *self,
              gint64             coach_id)
{
  GListModel *model = G_LIST_MODEL (self->pool_selection);

  for (guint position = 0; position < g_list_model_get_n_items (model); position++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (model, position);

      if (grove_coaching_row_get_id (row) == coach_id)
        {
          gtk_single_selection_set_selected (self->pool_selection, position);
          return;
        }
    }
}

static void
save_response_cb (AdwMessageDialog *message_dialog,
                  const char       *response,
                  CoachDialog      *dialog)
{
  GroveCoachingPage *self = dialog->page;
  guint role = gtk_drop_down_get_selected (dialog->role);
  g_autoptr(GroveCoach) coach = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GrovePerson *person = chosen_person (dialog);

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;

  coach = grove_coach_new (person != NULL ? person->id : dialog->coach->person_id,
                           roles[MIN (role, G_N_ELEMENTS (roles) - 1)],
                           gtk_spin_button_get_value_as_int (dialog->capacity));
  coach->id = dialog->coach_id;
  coach->name = g_strdup (person != NULL ? person->name : dialog->coach->name);
  if (dialog->coach != NULL)
    {
      /* Kept as they are: the dialog does not show them. */
      coach->supervision_hours = dialog->coach->supervision_hours;
      coach->availability = dialog->coach->availability;
      coach->availability_note = g_strdup (dialog->coach->availability_note);
    }
  coach->specialisms = split_list (dialog->specialisms);
  coach->languages = split_list (dialog->languages);
  coach->location = dup_text (dialog->location);
  coach->accreditation = dup_text (dialog->accreditation);
  coach->remote = gtk_check_button_get_active (dialog->remote);
  coach->in_person = gtk_check_button_get_active (dialog->in_person);
  coach->active = gtk_check_button_get_active (dialog->active);

  if (grove_coaching_save_coach (self->store, coach, &error) == 0)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
  choose_coach (self, coach->id);
  if (dialog->coach_id == 0)
    /* Translators: e.g. "Tom Ray was added to the pool" */
    message = g_strdup_printf (_("%s was added to the pool"), coach->name);
  else
    /* Translators: e.g. "Tom Ray was saved" */
    message = g_strdup_printf (_("%s was saved"), coach->name);
  grove_coaching_page_toast (self, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const GrovePerson *first = *(GrovePerson * const *) a;
  const GrovePerson *second = *(GrovePerson * const *) b;

  return g_utf8_collate (first->name, second->name);
}

/* Everyone who is not in the pool and has not left, by name. */
static GPtrArray *
people_outside_pool (GroveCoachingPage  *self,
                     GError            **error)
{
  g_autoptr(GPtrArray) people = grove_org_list_people (self->store, 0, TRUE, FALSE, error);
  g_autoptr(GHashTable) in_pool = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  GroveCoach *coach;

  if (people == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, self->coaches_by_id);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &coach))
    g_hash_table_add (in_pool, &coach->person_id);
  for (guint i = people->len; i > 0; i--)
    {
      GrovePerson *person = g_ptr_array_index (people, i - 1);

      if (g_hash_table_contains (in_pool, &person->id))
        g_ptr_array_remove_index (people, i - 1);
    }
  g_ptr_array_sort (people, compare_names);
  return g_steal_pointer (&people);
}

static GtkWidget *
new_person_list (CoachDialog *dialog)
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
  return drop_down;
}

static GtkWidget *
new_check (const char *label,
           gboolean    active)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  return check;
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
build_fields (CoachDialog *dialog)
{
  const char * const role_names[] = { _("Coach"), _("Mentor"), _("Coach and mentor"), NULL };
  const GroveCoach *coach = dialog->coach;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *checks = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *field;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  if (coach == NULL)
    {
      field = grove_coaching_page_add_field (grid, 0, _("_Person"), new_person_list (dialog));
      gtk_widget_set_tooltip_text (field, _("Type to search the people who are not in the pool"));
      dialog->person = GTK_DROP_DOWN (field);
    }
  field = grove_coaching_page_add_field (grid, 1, _("_Role"), gtk_drop_down_new_from_strings (role_names));
  dialog->role = GTK_DROP_DOWN (field);
  dialog->capacity = GTK_SPIN_BUTTON (grove_coaching_page_add_field (grid, 2, _("Capacit_y"),
                                                                     gtk_spin_button_new_with_range (0, CAPACITY_MAX, 1)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->capacity), _("How many people at once"));
  dialog->specialisms = add_entry (grid, 3, _("Spec_ialisms"), "specialisms", _("Separated by commas"));
  dialog->languages = add_entry (grid, 4, _("_Languages"), "languages", _("Separated by commas"));
  dialog->location = add_entry (grid, 5, _("L_ocation"), "location", NULL);
  dialog->accreditation = add_entry (grid, 6, _("Accre_ditation"), "accreditation", NULL);

  dialog->remote = GTK_CHECK_BUTTON (new_check (_("Meets r_emotely"), coach == NULL || coach->remote));
  dialog->in_person = GTK_CHECK_BUTTON (new_check (_("Meets i_n person"), coach == NULL || coach->in_person));
  dialog->active = GTK_CHECK_BUTTON (new_check (_("Acti_ve: offered when matching"), coach == NULL || coach->active));
  gtk_box_append (GTK_BOX (checks), GTK_WIDGET (dialog->remote));
  gtk_box_append (GTK_BOX (checks), GTK_WIDGET (dialog->in_person));
  gtk_box_append (GTK_BOX (checks), GTK_WIDGET (dialog->active));
  gtk_grid_attach (GTK_GRID (grid), checks, 1, 7, 1, 1);

  dialog->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (dialog->problem), "problem");
  gtk_label_set_wrap (dialog->problem, TRUE);
  gtk_label_set_xalign (dialog->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->problem), "error");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (dialog->problem), 0, 8, 2, 1);

  gtk_widget_set_name (GTK_WIDGET (dialog->role), "role");
  gtk_widget_set_name (GTK_WIDGET (dialog->capacity), "capacity");
  gtk_widget_set_name (GTK_WIDGET (dialog->remote), "remote");
  gtk_widget_set_name (GTK_WIDGET (dialog->in_person), "in-person");
  gtk_widget_set_name (GTK_WIDGET (dialog->active), "active");
  if (dialog->person != NULL)
    gtk_widget_set_name (GTK_WIDGET (dialog->person), "person");
  return grid;
}

static void
fill_fields (CoachDialog *dialog)
{
  const GroveCoach *coach = dialog->coach;

  gtk_spin_button_set_value (dialog->capacity, coach != NULL ? coach->capacity : 2);
  if (coach == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] == coach->roles)
      gtk_drop_down_set_selected (dialog->role, i);
  set_list (dialog->specialisms, coach->specialisms);
  set_list (dialog->languages, coach->languages);
  set_text (dialog->location, coach->location);
  set_text (dialog->accreditation, coach->accreditation);
}

void
grove_coaching_page_edit_coach (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  CoachDialog *dialog;

  dialog = g_new0 (CoachDialog, 1);
  dialog->page = g_object_ref (self);
  if (g_str_equal (action_name, "coaching.edit-coach"))
    {
      GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->pool_selection);
      const GroveCoach *coach;

      dialog->coach_id = row != NULL ? grove_coaching_row_get_id (row) : 0;
      coach = g_hash_table_lookup (self->coaches_by_id, &dialog->coach_id);
      if (coach == NULL)
        {
          coach_dialog_free (dialog);
          return;
        }
      dialog->coach = copy_coach (coach);
      /* Translators: the heading of the dialog that edits a coach, e.g. "Edit Tom Ray" */
      heading = g_strdup_printf (_("Edit %s"), dialog->coach->name);
    }
  else
    {
      dialog->people = people_outside_pool (self, &error);
      if (dialog->people == NULL)
        {
          grove_coaching_page_toast (self, error->message);
          coach_dialog_free (dialog);
          return;
        }
      heading = g_strdup (_("Add to the Pool"));
    }

  dialog->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               heading, NULL));
  adw_message_dialog_add_responses (dialog->dialog,
                                    "cancel", _("_Cancel"),
                                    "save", dialog->coach == NULL ? _("_Add") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog->dialog, "save");
  adw_message_dialog_set_close_response (dialog->dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog->dialog, build_fields (dialog));
  fill_fields (dialog);
  validate (dialog);

  if (dialog->person != NULL)
    g_signal_connect_swapped (dialog->person, "notify::selected", G_CALLBACK (person_chosen_cb), dialog);
  g_signal_connect_swapped (dialog->capacity, "value-changed", G_CALLBACK (validate), dialog);
  g_signal_connect_swapped (dialog->remote, "toggled", G_CALLBACK (validate), dialog);
  g_signal_connect_swapped (dialog->in_person, "toggled", G_CALLBACK (validate), dialog);
  g_signal_connect_data (dialog->dialog, "response", G_CALLBACK (save_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) coach_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog->dialog));
}
