/* grove-people-page.c: the organisation's units and people
 *
 * A sidebar shows the organisation as a tree of units; the content lists the
 * people of the chosen unit and every unit below it, with a search and
 * sortable columns, and beside it the details of the person chosen. The
 * panes fold one into the next on a narrow window.
 *
 * The list is built once each time a unit is chosen; searching only filters
 * and sorting only reorders it, so that a unit of ten thousand people stays
 * quick to type in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "grove-demo.h"
#include "grove-org.h"
#include "grove-org-unit-item.h"
#include "grove-people-page-private.h"
#include "grove-person-item.h"

G_DEFINE_FINAL_TYPE (GrovePeoplePage, grove_people_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
create_unit_children_cb (gpointer item,
                         gpointer user_data)
{
  GListModel *children = grove_org_unit_item_get_children (item);

  /* NULL makes the row a leaf, without an expander arrow. */
  return g_list_model_get_n_items (children) > 0 ? g_object_ref (children) : NULL;
}

static gboolean
filter_person_cb (gpointer item,
                  gpointer user_data)
{
  GrovePeoplePage *self = user_data;

  return grove_person_item_matches (item, self->search_text);
}

/* Grades sort by seniority, not by name: AA before EO before Grade 7; those
 * Grove does not know come last, by name. */
static int
compare_grades_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GrovePersonItem *first = (GrovePersonItem *) a;
  GrovePersonItem *second = (GrovePersonItem *) b;
  int rank_a = grove_person_item_get_grade_rank (first);
  int rank_b = grove_person_item_get_grade_rank (second);

  if (rank_a != rank_b)
    {
      if (rank_a < 0 || rank_b < 0)
        return rank_a < 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
      return rank_a < rank_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }

  return gtk_ordering_from_cmpfunc (g_strcmp0 (grove_person_item_get_grade (first),
                                               grove_person_item_get_grade (second)));
}

static void
update_people_state (GrovePeoplePage *self)
{
  guint n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->person_selection));
  g_autofree char *count = NULL;

  if (self->search_text == NULL)
    count = g_strdup_printf (ngettext ("%u person", "%u people", n_people), n_people);
  else
    /* Translators: how many people the search found, e.g. "3 of 60 people" */
    count = g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", n_people), n_shown, n_people);
  gtk_label_set_label (self->unit_count_label, count);

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->people_stack, "list");
      return;
    }

  if (n_people == 0)
    {
      adw_status_page_set_icon_name (self->people_status, "system-users-symbolic");
      adw_status_page_set_title (self->people_status, _("No People in This Unit"));
      adw_status_page_set_description (self->people_status, _("Nobody works in this unit or in any unit below it."));
    }
  else
    {
      adw_status_page_set_icon_name (self->people_status, "system-search-symbolic");
      adw_status_page_set_title (self->people_status, _("No Results Found"));
      adw_status_page_set_description (self->people_status,
                                       _("Search looks in names, email addresses, grades, professions and locations."));
    }
  gtk_stack_set_visible_child_name (self->people_stack, "status");
}

static const char *
lookup_name (GHashTable *names,
             gint64      id)
{
  return id != 0 ? g_hash_table_lookup (names, &id) : NULL;
}

static void
show_unit (GrovePeoplePage  *self,
           GroveOrgUnitItem *unit)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 id = grove_org_unit_item_get_id (unit);

  if (id == self->shown_unit_id)
    return;
  self->shown_unit_id = id;

  gtk_label_set_label (self->unit_kind_label, grove_org_unit_item_get_kind_label (unit));
  gtk_label_set_label (self->unit_title, grove_org_unit_item_get_name (unit));

  people = grove_org_list_people (self->store, id, TRUE, FALSE, &error);
  if (people == NULL)
    {
      g_list_store_remove_all (self->people);
      update_people_state (self);
      adw_status_page_set_icon_name (self->people_status, "dialog-error-symbolic");
      adw_status_page_set_title (self->people_status, _("Could Not Read the People"));
      adw_status_page_set_description (self->people_status, error->message);
      return;
    }

  g_ptr_array_set_size (items, 0);
  for (guint i = 0; i < people->len; i++)
    {
      const GrovePerson *person = g_ptr_array_index (people, i);
      const GroveOrgUnit *team = g_hash_table_lookup (self->units_by_id, &person->unit_id);

      g_ptr_array_add (items, grove_person_item_new (person,
                                                     team != NULL ? team->name : NULL,
                                                     lookup_name (self->names_by_id, person->manager_id)));
    }

  gtk_single_selection_set_selected (self->person_selection, GTK_INVALID_LIST_POSITION);
  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       items->pdata, items->len);
  update_people_state (self);
}

static void
on_unit_selected_cb (GrovePeoplePage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->unit_selection);

  if (row != NULL && self->store != NULL)
    show_unit (self, gtk_tree_list_row_get_item (row));
}

static void
on_unit_activated_cb (GrovePeoplePage *self,
                      guint            position)
{
  gtk_single_selection_set_selected (self->unit_selection, position);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_leaflet));
}

static void
on_person_selected_cb (GrovePeoplePage *self)
{
  GrovePersonItem *person = gtk_single_selection_get_selected_item (self->person_selection);

  if (person == NULL || self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "none");
      return;
    }

  grove_person_details_show (self->details, self->store, person);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->details_scroller), 0);
  gtk_stack_set_visible_child_name (self->details_stack, "person");
}

static void
on_person_activated_cb (GrovePeoplePage *self,
                        guint            position)
{
  gtk_single_selection_set_selected (self->person_selection, position);
  adw_leaflet_set_visible_child (self->content_leaflet, self->details_pane);
}

static void
on_search_changed_cb (GrovePeoplePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *old_text = g_steal_pointer (&self->search_text);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*stripped != '\0')
    self->search_text = g_utf8_casefold (stripped, -1);

  if (g_strcmp0 (old_text, self->search_text) == 0)
    return;

  /* Telling the filter which way the text changed lets it look only at the
   * rows that can change. */
  if (old_text == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->search_text == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (self->search_text, old_text) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old_text, self->search_text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  gtk_filter_changed (GTK_FILTER (self->search_filter), change);
  update_people_state (self);
}

static void
on_stop_search_cb (GrovePeoplePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "people") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_leaflet));
  adw_leaflet_set_visible_child (self->content_leaflet, self->people_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_units_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->units_view));
}

static void
show_people_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);

  adw_leaflet_set_visible_child (self->content_leaflet, self->people_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->people_view));
}

/* Escape steps back one pane on a folded page, as the back buttons do. */
static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);

  if (adw_leaflet_get_folded (self->content_leaflet) &&
      adw_leaflet_get_visible_child (self->content_leaflet) == self->details_pane)
    show_people_action (widget, NULL, NULL);
  else if (adw_leaflet_get_folded (self->leaflet) &&
           adw_leaflet_get_visible_child (self->leaflet) != self->sidebar)
    show_units_action (widget, NULL, NULL);
}

static void
add_demo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  if (self->store == NULL)
    return;

  grove_demo_options_init (&options);
  if (!grove_demo_generate (self->store, &options, &error))
    {
      adw_status_page_set_description (self->empty_page, error->message);
      return;
    }

  grove_people_page_reload (self);
}

static void
grove_people_page_dispose (GObject *object)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (object);

  /* Taking the column view apart re-sorts and so re-selects; by then the
   * page has nothing to show it in. */
  if (self->person_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->person_selection, self);
  if (self->unit_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->unit_selection, self);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_PEOPLE_PAGE);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->unit_roots);
  g_clear_object (&self->people);
  g_clear_object (&self->search_filter);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->names_by_id, g_hash_table_unref);
  g_clear_pointer (&self->everyone, g_ptr_array_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (grove_people_page_parent_class)->dispose (object);
}

static void
grove_people_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_people_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      grove_people_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_people_page_class_init (GrovePeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_people_page_dispose;
  object_class->get_property = grove_people_page_get_property;
  object_class->set_property = grove_people_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GROVE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The templates name these types before any instance exists. */
  g_type_ensure (GROVE_TYPE_ORG_UNIT_ITEM);
  g_type_ensure (GROVE_TYPE_PERSON_ITEM);
  g_type_ensure (GROVE_TYPE_PERSON_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, import_button);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, units_view);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, unit_selection);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, content_leaflet);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, people_pane);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, unit_kind_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, unit_title);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, unit_count_label);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, people_stack);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, people_view);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, person_selection);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, name_column);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, grade_column);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, people_status);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, details_pane);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, details_stack);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, details_scroller);
  gtk_widget_class_bind_template_child (widget_class, GrovePeoplePage, details);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "people.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "people.show-units", NULL, show_units_action);
  gtk_widget_class_install_action (widget_class, "people.show-people", NULL, show_people_action);
  gtk_widget_class_install_action (widget_class, "people.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "people.add-demo", NULL, add_demo_action);
  gtk_widget_class_install_action (widget_class, "people.import", NULL, _grove_people_page_choose_import);
  gtk_widget_class_install_action (widget_class, "people.export", NULL, _grove_people_page_choose_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "people.back", NULL);
}

/* Ctrl+F reaches the search from anywhere in the window, but only while
 * the page is shown: a global shortcut is skipped when its widget is not
 * mapped, as the pages of a view stack that are not shown are not. */
static void
add_search_shortcut (GrovePeoplePage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>f"),
                                                          gtk_named_action_new ("people.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
grove_people_page_init (GrovePeoplePage *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkCustomSorter) grade_sorter = NULL;
  GtkTreeListModel *tree;

  self->unit_roots = g_list_store_new (GROVE_TYPE_ORG_UNIT_ITEM);
  self->people = g_list_store_new (GROVE_TYPE_PERSON_ITEM);
  self->shown_unit_id = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->unit_roots)),
                                  FALSE, TRUE, create_unit_children_cb, NULL, NULL);
  gtk_single_selection_set_model (self->unit_selection, G_LIST_MODEL (tree));
  g_object_unref (tree);

  /* Filtering above sorting: a key press filters the sorted list again but
   * never sorts it again. */
  grade_sorter = gtk_custom_sorter_new (compare_grades_cb, NULL, NULL);
  gtk_column_view_column_set_sorter (self->grade_column, GTK_SORTER (grade_sorter));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->people)),
                                    g_object_ref (gtk_column_view_get_sorter (self->people_view)));
  self->search_filter = gtk_custom_filter_new (filter_person_cb, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (sorted)),
                                        g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_single_selection_set_model (self->person_selection, G_LIST_MODEL (filtered));
  gtk_column_view_sort_by_column (self->people_view, self->name_column, GTK_SORT_ASCENDING);

  add_search_shortcut (self);
  grove_people_page_reload (self);
}

GtkWidget *
grove_people_page_new (void)
{
  return g_object_new (GROVE_TYPE_PEOPLE_PAGE, NULL);
}

/**
 * grove_people_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store whose people are shown
 */
GroveStore *
grove_people_page_get_store (GrovePeoplePage *self)
{
  g_return_val_if_fail (GROVE_IS_PEOPLE_PAGE (self), NULL);

  return self->store;
}

void
grove_people_page_set_store (GrovePeoplePage *self,
                             GroveStore      *store)
{
  g_return_if_fail (GROVE_IS_PEOPLE_PAGE (self));
  g_return_if_fail (store == NULL || GROVE_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      grove_people_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

static void
show_empty (GrovePeoplePage *self,
            const char      *title,
            const char      *description,
            gboolean         offer_demo)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->demo_button, offer_demo);
  gtk_widget_set_visible (self->import_button, self->store != NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
read_organisation (GrovePeoplePage  *self,
                   GError          **error)
{
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->names_by_id, g_hash_table_unref);
  g_clear_pointer (&self->everyone, g_ptr_array_unref);

  self->units_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->names_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  self->units = grove_org_list_units (self->store, error);
  if (self->units == NULL)
    return FALSE;
  for (guint i = 0; i < self->units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (self->units, i);

      g_hash_table_insert (self->units_by_id, &unit->id, unit);
    }

  /* Everyone, those who have left too: a line manager may have left. */
  self->everyone = grove_org_list_people (self->store, 0, FALSE, TRUE, error);
  if (self->everyone == NULL)
    return FALSE;
  for (guint i = 0; i < self->everyone->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (self->everyone, i);

      g_hash_table_insert (self->names_by_id, &person->id, person->name);
    }

  return TRUE;
}

/* grove_org_list_units() lists the tree depth first, so a unit's parent is
 * always listed before it, and read backwards every unit's people are
 * counted before its parent's. */
static guint
fill_unit_tree (GrovePeoplePage *self)
{
  guint n_units = self->units->len;
  g_autofree guint *totals = g_new0 (guint, n_units);
  g_autoptr(GHashTable) index_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();

  for (guint i = 0; i < n_units; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (self->units, i);

      g_hash_table_insert (index_by_id, &unit->id, GUINT_TO_POINTER (i));
      totals[i] = unit->n_people;
    }
  for (guint i = n_units; i-- > 0;)
    {
      GroveOrgUnit *unit = g_ptr_array_index (self->units, i);
      gpointer parent;

      if (g_hash_table_lookup_extended (index_by_id, &unit->parent_id, NULL, &parent))
        totals[GPOINTER_TO_UINT (parent)] += totals[i];
    }

  for (guint i = 0; i < n_units; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (self->units, i);
      GroveOrgUnitItem *item = grove_org_unit_item_new (unit, totals[i]);
      gpointer parent;

      g_ptr_array_add (items, item);
      if (g_hash_table_lookup_extended (index_by_id, &unit->parent_id, NULL, &parent))
        grove_org_unit_item_add_child (g_ptr_array_index (items, GPOINTER_TO_UINT (parent)), item);
      else
        g_ptr_array_add (roots, item);
    }

  g_list_store_splice (self->unit_roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->unit_roots)),
                       roots->pdata, roots->len);

  return roots->len > 0 ? grove_org_unit_item_get_n_people (g_ptr_array_index (roots, 0)) : 0;
}

/**
 * grove_people_page_reload:
 *
 * Reads the organisation again and shows its people from the top.
 */
void
grove_people_page_reload (GrovePeoplePage *self)
{
  g_autoptr(GError) error = NULL;
  guint n_people;

  g_return_if_fail (GROVE_IS_PEOPLE_PAGE (self));

  self->shown_unit_id = -1;
  g_list_store_remove_all (self->people);
  g_list_store_remove_all (self->unit_roots);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  if (self->store == NULL)
    {
      show_empty (self, _("No People Yet"), NULL, FALSE);
      return;
    }
  if (!read_organisation (self, &error))
    {
      show_empty (self, _("Could Not Read the Organisation"), error->message, FALSE);
      return;
    }

  n_people = fill_unit_tree (self);
  if (n_people == 0)
    {
      /* The demonstration can only be added beside no organisation at all. */
      if (self->units->len == 0)
        show_empty (self, _("No People Yet"),
                    _("Import your organisation’s people from a CSV file, as your HR system exports them, "
                      "or add a made-up organisation to see what Grove can do."),
                    TRUE);
      else
        show_empty (self, _("No People Yet"),
                    _("Nobody has been added to this organisation. Import its people from a CSV file."), FALSE);
      return;
    }

  gtk_single_selection_set_selected (self->unit_selection, 0);
  on_unit_selected_cb (self);
  gtk_stack_set_visible_child_name (self->stack, "people");
}
