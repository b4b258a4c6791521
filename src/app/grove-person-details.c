/* grove-person-details.c: what is known about one person, read-only
 *
 * The people page shows this beside the list, or in its place on a narrow
 * window. Besides the person's own fields it reads their reporting line,
 * which is small, when they are chosen; the list itself never does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-org.h"
#include "grove-person-details.h"

struct _GrovePersonDetails
{
  AdwBin      parent_instance;

  AdwAvatar  *avatar;
  GtkLabel   *name_label;
  GtkLabel   *summary_label;
  GtkLabel   *email_label;
  GtkLabel   *grade_label;
  GtkLabel   *profession_label;
  GtkLabel   *team_label;
  GtkLabel   *location_label;
  GtkLabel   *languages_label;
  GtkLabel   *start_date_label;
  GtkLabel   *manager_label;
  GtkLabel   *chain_label;
  GtkLabel   *direct_reports_label;
  GtkLabel   *all_reports_label;
};

G_DEFINE_FINAL_TYPE (GrovePersonDetails, grove_person_details, ADW_TYPE_BIN)

/* A field that is not recorded hides its row rather than showing a blank. */
static void
set_field (GtkLabel   *label,
           const char *text)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);
  gboolean known = text != NULL && *text != '\0';

  gtk_label_set_label (label, known ? text : "");
  gtk_widget_set_visible (row, known);
}

static char *
format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (iso_date == NULL)
    return NULL;

  text = g_strconcat (iso_date, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (text, NULL);
  if (date == NULL)
    return g_strdup (iso_date);

  /* Translators: a start date, e.g. "3 March 2019"; see the strftime() manual */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static char *
format_count (guint n)
{
  if (n == 0)
    return g_strdup (C_("reports", "None"));

  return g_strdup_printf (ngettext ("%u person", "%u people", n), n);
}

static char *
dup_name (GroveStore *store,
          gint64      id)
{
  g_autoptr(GrovePerson) person = grove_org_get_person (store, id, NULL);

  return g_strdup (person != NULL ? person->name : _("Unknown"));
}

static void
show_manager_chain (GrovePersonDetails *self,
                    GroveStore         *store,
                    gint64              person_id)
{
  g_autoptr(GArray) chain = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  chain = grove_org_get_manager_chain (store, person_id, &error);
  if (chain == NULL)
    {
      set_field (self->chain_label, error->message);
      return;
    }

  for (guint i = 0; i < chain->len; i++)
    g_ptr_array_add (names, dup_name (store, g_array_index (chain, gint64, i)));
  g_ptr_array_add (names, NULL);

  /* Only worth a row when the line goes beyond the line manager. */
  if (chain->len < 2)
    set_field (self->chain_label, NULL);
  else
    {
      g_autofree char *text = g_strjoinv (" → ", (char **) names->pdata);

      set_field (self->chain_label, text);
    }
}

static void
show_reports (GtkLabel   *label,
              GroveStore *store,
              gint64      person_id,
              gboolean    direct_only)
{
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  reports = grove_org_get_reports (store, person_id, direct_only, &error);
  if (reports == NULL)
    {
      set_field (label, error->message);
      return;
    }

  text = format_count (reports->len);
  set_field (label, text);
}

static void
show_summary (GrovePersonDetails *self,
              GrovePersonItem    *person)
{
  const char *grade = grove_person_item_get_grade (person);
  const char *profession = grove_person_item_get_profession (person);
  g_autofree char *summary = NULL;

  if (grade != NULL && profession != NULL)
    /* Translators: under a person's name: their grade and profession, e.g. "HEO · Policy" */
    summary = g_strdup_printf (_("%s · %s"), grade, profession);
  else
    summary = g_strdup (grade != NULL ? grade : profession);

  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
}

static void
grove_person_details_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), GROVE_TYPE_PERSON_DETAILS);

  G_OBJECT_CLASS (grove_person_details_parent_class)->dispose (object);
}

static void
grove_person_details_class_init (GrovePersonDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_person_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-person-details.ui");
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, avatar);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, summary_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, email_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, grade_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, profession_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, team_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, location_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, languages_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, start_date_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, manager_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, chain_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, direct_reports_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePersonDetails, all_reports_label);
}

static void
grove_person_details_init (GrovePersonDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
grove_person_details_new (void)
{
  return g_object_new (GROVE_TYPE_PERSON_DETAILS, NULL);
}

/**
 * grove_person_details_show:
 * @store: the database @person was read from, for their reporting line
 * @person: whom to show
 */
void
grove_person_details_show (GrovePersonDetails *self,
                           GroveStore         *store,
                           GrovePersonItem    *person)
{
  const char * const *languages;
  g_autofree char *language_list = NULL;
  g_autofree char *start_date = NULL;
  gint64 id;

  g_return_if_fail (GROVE_IS_PERSON_DETAILS (self));
  g_return_if_fail (GROVE_IS_STORE (store));
  g_return_if_fail (GROVE_IS_PERSON_ITEM (person));

  id = grove_person_item_get_id (person);
  adw_avatar_set_text (self->avatar, grove_person_item_get_name (person));
  gtk_label_set_label (self->name_label, grove_person_item_get_name (person));
  show_summary (self, person);

  languages = grove_person_item_get_languages (person);
  if (languages != NULL)
    language_list = g_strjoinv (", ", (char **) languages);
  start_date = format_date (grove_person_item_get_start_date (person));

  set_field (self->email_label, grove_person_item_get_email (person));
  set_field (self->grade_label, grove_person_item_get_grade (person));
  set_field (self->profession_label, grove_person_item_get_profession (person));
  set_field (self->team_label, grove_person_item_get_team (person));
  set_field (self->location_label, grove_person_item_get_location (person));
  set_field (self->languages_label, language_list);
  set_field (self->start_date_label, start_date);

  set_field (self->manager_label,
             grove_person_item_get_manager_id (person) != 0
               ? grove_person_item_get_manager_name (person)
               : C_("line manager", "None"));
  show_manager_chain (self, store, id);
  show_reports (self->direct_reports_label, store, id, TRUE);
  show_reports (self->all_reports_label, store, id, FALSE);
}
